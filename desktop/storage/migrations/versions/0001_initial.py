"""Create the tables of exchange rounds, figures and their history

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 12:26:46.086548
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('audit_entry',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=80), nullable=True),
    sa.Column('round_id', sa.Uuid(), nullable=True),
    sa.Column('before', sa.String(), nullable=True),
    sa.Column('after', sa.String(), nullable=True),
    sa.Column('detail', sa.String(length=5000), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_round_id'), ['round_id'], unique=False)

    op.create_table('exchange_round',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.String(length=20000), nullable=True),
    sa.Column('status', sa.Enum('draft', 'in_review', 'signed_off', name='round_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_round'))
    )
    with op.batch_alter_table('exchange_round', schema=None) as batch_op:
        batch_op.create_index('ix_exchange_round_date_id', ['date', 'id'], unique=False)

    op.create_table('party',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party')),
    sa.UniqueConstraint('name', name=op.f('uq_party_name'))
    )
    op.create_table('category_set',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('round_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('exhaustive', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['exchange_round.id'], name=op.f('fk_category_set_round_id_exchange_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_category_set')),
    sa.UniqueConstraint('round_id', 'name', name=op.f('uq_category_set_round_id_name'))
    )
    op.create_table('movement',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('round_id', sa.Uuid(), nullable=False),
    sa.Column('from_party_id', sa.Uuid(), nullable=False),
    sa.Column('to_party_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('exchange', 'without_exchange', 'custody_transfer', name='movement_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.CheckConstraint('from_party_id <> to_party_id', name=op.f('ck_movement_distinct_parties')),
    sa.ForeignKeyConstraint(['from_party_id'], ['party.id'], name=op.f('fk_movement_from_party_id_party')),
    sa.ForeignKeyConstraint(['round_id'], ['exchange_round.id'], name=op.f('fk_movement_round_id_exchange_round'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_party_id'], ['party.id'], name=op.f('fk_movement_to_party_id_party')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_movement')),
    sa.UniqueConstraint('round_id', 'from_party_id', 'to_party_id', 'kind', name=op.f('uq_movement_round_id_from_party_id_to_party_id_kind'))
    )
    op.create_table('round_party',
    sa.Column('round_id', sa.Uuid(), nullable=False),
    sa.Column('party_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.Enum('side', 'third_party', 'mediator', name='party_role', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_round_party_party_id_party')),
    sa.ForeignKeyConstraint(['round_id'], ['exchange_round.id'], name=op.f('fk_round_party_round_id_exchange_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('round_id', 'party_id', 'role', name=op.f('pk_round_party'))
    )
    with op.batch_alter_table('round_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_party_party_id'), ['party_id'], unique=False)

    op.create_table('source',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('round_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('affiliation_kind', sa.Enum('party', 'independent', 'unknown', name='affiliation_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('affiliation_party_id', sa.Uuid(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['affiliation_party_id'], ['party.id'], name=op.f('fk_source_affiliation_party_id_party')),
    sa.ForeignKeyConstraint(['round_id'], ['exchange_round.id'], name=op.f('fk_source_round_id_exchange_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_source')),
    sa.UniqueConstraint('round_id', 'name', name=op.f('uq_source_round_id_name'))
    )
    op.create_table('category',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('category_set_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['category_set_id'], ['category_set.id'], name=op.f('fk_category_category_set_id_category_set'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_category')),
    sa.UniqueConstraint('category_set_id', 'name', name=op.f('uq_category_category_set_id_name'))
    )
    op.create_table('figure',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('round_id', sa.Uuid(), nullable=False),
    sa.Column('movement_id', sa.Uuid(), nullable=False),
    sa.Column('source_id', sa.Uuid(), nullable=False),
    sa.Column('category_id', sa.Uuid(), nullable=True),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('qualifier', sa.Enum('exact', 'approximate', 'at_least', 'at_most', name='qualifier', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('citation', sa.String(length=2000), nullable=True),
    sa.Column('note', sa.String(length=5000), nullable=True),
    sa.Column('entered_by', sa.String(length=200), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('count >= 0 AND count <= 1000000', name=op.f('ck_figure_count_range')),
    sa.ForeignKeyConstraint(['category_id'], ['category.id'], name=op.f('fk_figure_category_id_category')),
    sa.ForeignKeyConstraint(['movement_id'], ['movement.id'], name=op.f('fk_figure_movement_id_movement'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['exchange_round.id'], name=op.f('fk_figure_round_id_exchange_round'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_figure_source_id_source')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_figure'))
    )
    with op.batch_alter_table('figure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_figure_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_figure_round_id'), ['round_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_figure_source_id'), ['source_id'], unique=False)
        batch_op.create_index('uq_figure_category', ['movement_id', 'source_id', 'category_id'], unique=True, sqlite_where=sa.text('category_id IS NOT NULL'), postgresql_where=sa.text('category_id IS NOT NULL'))
        batch_op.create_index('uq_figure_total', ['movement_id', 'source_id'], unique=True, sqlite_where=sa.text('category_id IS NULL'), postgresql_where=sa.text('category_id IS NULL'))




def downgrade() -> None:

    with op.batch_alter_table('figure', schema=None) as batch_op:
        batch_op.drop_index('uq_figure_total', sqlite_where=sa.text('category_id IS NULL'), postgresql_where=sa.text('category_id IS NULL'))
        batch_op.drop_index('uq_figure_category', sqlite_where=sa.text('category_id IS NOT NULL'), postgresql_where=sa.text('category_id IS NOT NULL'))
        batch_op.drop_index(batch_op.f('ix_figure_source_id'))
        batch_op.drop_index(batch_op.f('ix_figure_round_id'))
        batch_op.drop_index(batch_op.f('ix_figure_category_id'))

    op.drop_table('figure')
    op.drop_table('category')
    op.drop_table('source')
    with op.batch_alter_table('round_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_party_party_id'))

    op.drop_table('round_party')
    op.drop_table('movement')
    op.drop_table('category_set')
    op.drop_table('party')
    with op.batch_alter_table('exchange_round', schema=None) as batch_op:
        batch_op.drop_index('ix_exchange_round_date_id')

    op.drop_table('exchange_round')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_round_id'))

    op.drop_table('audit_entry')


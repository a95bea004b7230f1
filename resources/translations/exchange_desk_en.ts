<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Jobs</name>
    <message numerus="yes">
        <source>%Ln new round(s)</source>
        <translation>
            <numerusform>%Ln new round</numerusform>
            <numerusform>%Ln new rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated round(s)</source>
        <translation>
            <numerusform>%Ln updated round</numerusform>
            <numerusform>%Ln updated rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s) changed both here and in the file since they last met: the later change will hold, and each will stand as a merge conflict for a supervisor to resolve.</source>
        <translation>
            <numerusform>%Ln figure changed both here and in the file since they last met: the later change will hold, and it will stand as a merge conflict for a supervisor to resolve.</numerusform>
            <numerusform>%Ln figures changed both here and in the file since they last met: the later change will hold, and each will stand as a merge conflict for a supervisor to resolve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln round(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln round to %1</numerusform>
            <numerusform>Exported %Ln rounds to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message numerus="yes">
        <source>Exchange Desk locked itself after %n minute(s) without use; nothing of the rounds is shown. The database&apos;s passphrase opens it again.</source>
        <translation>
            <numerusform>Exchange Desk locked itself after %n minute without use; nothing of the rounds is shown. The database&apos;s passphrase opens it again.</numerusform>
            <numerusform>Exchange Desk locked itself after %n minutes without use; nothing of the rounds is shown. The database&apos;s passphrase opens it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exchange Desk locked itself after %n minute(s) without use; nothing of the rounds is shown. This window reads only (no key is unlocked): Unlock shows them again.</source>
        <translation>
            <numerusform>Exchange Desk locked itself after %n minute without use; nothing of the rounds is shown. This window reads only (no key is unlocked): Unlock shows them again.</numerusform>
            <numerusform>Exchange Desk locked itself after %n minutes without use; nothing of the rounds is shown. This window reads only (no key is unlocked): Unlock shows them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exchange Desk locked itself after %n minute(s) without use; nothing of the rounds is shown. %1&apos;s key passphrase opens it again.</source>
        <translation>
            <numerusform>Exchange Desk locked itself after %n minute without use; nothing of the rounds is shown. %1&apos;s key passphrase opens it again.</numerusform>
            <numerusform>Exchange Desk locked itself after %n minutes without use; nothing of the rounds is shown. %1&apos;s key passphrase opens it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message numerus="yes">
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln round</numerusform>
            <numerusform>%Ln rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <source>%Ln round(s) · people returned: %1</source>
        <translation>
            <numerusform>%Ln round · people returned: %1</numerusform>
            <numerusform>%Ln rounds · people returned: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message numerus="yes">
        <source>%Ln open across all rounds</source>
        <translation>
            <numerusform>%Ln open across all rounds</numerusform>
            <numerusform>%Ln open across all rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln discrepancy(ies)</source>
        <translation>
            <numerusform>%Ln discrepancy</numerusform>
            <numerusform>%Ln discrepancies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln open</numerusform>
            <numerusform>%Ln open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsTableModel</name>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message numerus="yes">
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln round</numerusform>
            <numerusform>%Ln rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message numerus="yes">
        <source>The database and %n of its backup(s) are encrypted. The plain files are gone (their bytes overwritten; a disk that keeps old copies of blocks, such as an SSD, may still hold some). Keep the passphrase: without it nothing in the database or its backups can be read.</source>
        <translation>
            <numerusform>The database and %n of its backup are encrypted. The plain files are gone (their bytes overwritten; a disk that keeps old copies of blocks, such as an SSD, may still hold some). Keep the passphrase: without it nothing in the database or its backups can be read.</numerusform>
            <numerusform>The database and %n of its backups are encrypted. The plain files are gone (their bytes overwritten; a disk that keeps old copies of blocks, such as an SSD, may still hold some). Keep the passphrase: without it nothing in the database or its backups can be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Added %n demo round(s) to {database}.</source>
        <translation>
            <numerusform>Added %n demo round to {database}.</numerusform>
            <numerusform>Added %n demo rounds to {database}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n round(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n round to {file}.</numerusform>
            <numerusform>Exported %n rounds to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entries chained</source>
        <translation>
            <numerusform>%n history entry chained</numerusform>
            <numerusform>%n history entries chained</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) checked against their sign-offs</source>
        <translation>
            <numerusform>%n round checked against their sign-offs</numerusform>
            <numerusform>%n rounds checked against their sign-offs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in {database}; restore a backup (`exchange-desk restore FILE`).</source>
        <translation>
            <numerusform>%n problem found in {database}; restore a backup (`exchange-desk restore FILE`).</numerusform>
            <numerusform>%n problems found in {database}; restore a backup (`exchange-desk restore FILE`).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encrypting {path} and the %n unencrypted backup(s) Exchange Desk keeps: each plain file will be overwritten with zeros and removed once its encrypted copy holds every row.</source>
        <translation>
            <numerusform>Encrypting {path} and the %n unencrypted backup Exchange Desk keeps: each plain file will be overwritten with zeros and removed once its encrypted copy holds every row.</numerusform>
            <numerusform>Encrypting {path} and the %n unencrypted backups Exchange Desk keeps: each plain file will be overwritten with zeros and removed once its encrypted copy holds every row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encrypted {path} and %n backup(s). The plain files are gone (their bytes overwritten; a disk that keeps old copies of blocks, such as an SSD, may still hold some). Keep the passphrase: without it nothing in the database or its backups can be read.</source>
        <translation>
            <numerusform>Encrypted {path} and %n backup. The plain files are gone (their bytes overwritten; a disk that keeps old copies of blocks, such as an SSD, may still hold some). Keep the passphrase: without it nothing in the database or its backups can be read.</numerusform>
            <numerusform>Encrypted {path} and %n backups. The plain files are gone (their bytes overwritten; a disk that keeps old copies of blocks, such as an SSD, may still hold some). Keep the passphrase: without it nothing in the database or its backups can be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed PDF(s) kept beside the database removed the same way: the database holds them (`exchange-desk report ROUND --signed -o FILE` writes one).</source>
        <translation>
            <numerusform>%n signed PDF kept beside the database removed the same way: the database holds them (`exchange-desk report ROUND --signed -o FILE` writes one).</numerusform>
            <numerusform>%n signed PDFs kept beside the database removed the same way: the database holds them (`exchange-desk report ROUND --signed -o FILE` writes one).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database {path} and %n of its backup(s) now open with the new passphrase only.</source>
        <translation>
            <numerusform>The database {path} and %n of its backup now open with the new passphrase only.</numerusform>
            <numerusform>The database {path} and %n of its backups now open with the new passphrase only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{operation}: %n round(s), {first} to {last}</source>
        <translation>
            <numerusform>{operation}: %n round, {first} to {last}</numerusform>
            <numerusform>{operation}: %n rounds, {first} to {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of %n round(s) to {file} ({size} KB).</source>
        <translation>
            <numerusform>Wrote the report of %n round to {file} ({size} KB).</numerusform>
            <numerusform>Wrote the report of %n rounds to {file} ({size} KB).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) joined it.</source>
        <translation>
            <numerusform>%n figure joined it.</numerusform>
            <numerusform>%n figures joined it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) held differently by the two: merge conflicts to resolve.</source>
        <translation>
            <numerusform>%n figure held differently by the two: a merge conflict to resolve.</numerusform>
            <numerusform>%n figures held differently by the two: merge conflicts to resolve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed the revocation list: %n certificate(s) revoked.</source>
        <translation>
            <numerusform>Installed the revocation list: %n certificate revoked.</numerusform>
            <numerusform>Installed the revocation list: %n certificates revoked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message numerus="yes">
        <source>verified from the file alone: the content&apos;s fingerprint recomputed, %n history entries sealed by {names}, each allowed by their role, and four eyes held</source>
        <translation>
            <numerusform>verified from the file alone: the content&apos;s fingerprint recomputed, %n history entries sealed by {names}, each allowed by their role, and four eyes held</numerusform>
            <numerusform>verified from the file alone: the content&apos;s fingerprint recomputed, %n history entries sealed by {names}, each allowed by their role, and four eyes held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history</name>
    <message numerus="yes">
        <source>brought from another laptop: %n sealed action(s), each checked</source>
        <translation>
            <numerusform>brought from another laptop: %n sealed action, each checked</numerusform>
            <numerusform>brought from another laptop: %n sealed actions, each checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>created with %n figure(s), sides {sides}</source>
        <translation>
            <numerusform>created with %n figure, sides {sides}</numerusform>
            <numerusform>created with %n figures, sides {sides}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>import</name>
    <message numerus="yes">
        <source>Storing %n round(s)</source>
        <translation>
            <numerusform>Storing %n round</numerusform>
            <numerusform>Storing %n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) added</source>
        <extracomment>For a preview: which rounds are new, updated, or hold new merge conflicts, by id, with their titles (and dates) from the file. New rounds that share a date and sides with another round here. Rounds merged here into another, as another laptop had merged them. Sign-offs made on other laptops, taken with their signed summaries. Who sealed each sealed file, one sentence each. Figures for several movements together held here that a round signed off elsewhere no longer has (kept in its history).</extracomment>
        <translation>
            <numerusform>%n round added</numerusform>
            <numerusform>%n rounds added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) added</source>
        <translation>
            <numerusform>%n figure added</numerusform>
            <numerusform>%n figures added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed on both sides (merge conflicts to resolve)</source>
        <translation>
            <numerusform>%n changed on both sides (a merge conflict to resolve)</numerusform>
            <numerusform>%n changed on both sides (merge conflicts to resolve)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s) made on another laptop taken, each checked with its signed summary.</source>
        <translation>
            <numerusform>%n sign-off made on another laptop taken, each checked with its signed summary.</numerusform>
            <numerusform>%n sign-offs made on another laptop taken, each checked with its signed summary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) for several movements together held here are not in a round signed off elsewhere and were replaced by what it signed (the round&apos;s history keeps them).</source>
        <translation>
            <numerusform>%n figure for several movements together held here are not in a round signed off elsewhere and were replaced by what it signed (the round&apos;s history keeps them).</numerusform>
            <numerusform>%n figures for several movements together held here are not in a round signed off elsewhere and were replaced by what it signed (the round&apos;s history keeps them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate round(s) merged into another, as on the laptop the file came from.</source>
        <translation>
            <numerusform>%n duplicate round merged into another, as on the laptop the file came from.</numerusform>
            <numerusform>%n duplicate rounds merged into another, as on the laptop the file came from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new round(s) share a date and sides with another round (likely duplicates: see exchange-desk duplicates).</source>
        <translation>
            <numerusform>%n new round shares a date and sides with another round (a likely duplicate: see exchange-desk duplicates).</numerusform>
            <numerusform>%n new rounds share a date and sides with another round (likely duplicates: see exchange-desk duplicates).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <extracomment>The name the rows record (the history&apos;s entries are sealed by `signer`). The rounds of the file already here. Rounds whose signed history (received with them) signs them off. Revisions already met in merge conflicts, per figure row. Figures that took another laptop&apos;s revision, with its history. Rounds whose summary rows are to be read back from the database after writing (merge conflicts added to a new round, or settled).</extracomment>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message numerus="yes">
        <source>%n history entries were written before histories were signed (an earlier release); they are checked by their chain only</source>
        <translation>
            <numerusform>%n history entries were written before histories were signed (an earlier release); they are checked by their chain only</numerusform>
            <numerusform>%n history entries were written before histories were signed (an earlier release); they are checked by their chain only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>report</name>
    <message numerus="yes">
        <source>%n round(s) in the period; {waiting} not yet signed off.</source>
        <translation>
            <numerusform>%n round in the period; {waiting} not yet signed off.</numerusform>
            <numerusform>%n rounds in the period; {waiting} not yet signed off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A label every %n month(s).</source>
        <translation>
            <numerusform>A label every %n month.</numerusform>
            <numerusform>A label every %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n information</source>
        <translation>
            <numerusform>%n information</numerusform>
            <numerusform>%n information</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found: {found}. Still open: {still_open}.</source>
        <translation>
            <numerusform>%n found: {found}. Still open: {still_open}.</numerusform>
            <numerusform>%n found: {found}. Still open: {still_open}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signoff</name>
    <message numerus="yes">
        <source>The round {round} has %n open error(s): {errors}; resolve them first.</source>
        <translation>
            <numerusform>The round {round} has %n open error: {errors}; resolve them first.</numerusform>
            <numerusform>The round {round} has %n open errors: {errors}; resolve them first.</numerusform>
        </translation>
    </message>
</context>
</TS>

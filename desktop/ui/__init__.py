"""The desktop application's widgets and Qt models. No SQL and no sessions
here: views call services and redraw what a change touched."""

"""Exchange Desk: case management for prisoner-of-war and detainee exchanges."""

__version__ = "0.1.0"
APP_NAME = "exchange-desk"

"""CareerDesk: plan your next career step from local role profiles."""

__version__ = "0.1.0"
APP_NAME = "CareerDesk"

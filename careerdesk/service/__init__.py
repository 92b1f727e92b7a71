"""The one door to the data: every use case the window and the command line share."""

from careerdesk.service.changes import Changes
from careerdesk.service.data_file import check_data
from careerdesk.service.desk import ChecklistItem, Desk
from careerdesk.store.errors import NotQuick

__all__ = ["ChecklistItem", "Changes", "Desk", "NotQuick", "check_data"]

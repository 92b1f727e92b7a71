"""Best fit for a Desk: every role ranked by how much of it the user has, its per-catalogue
facts read ahead on a worker thread so that the first ranking does not wait for them."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careerdesk.domain.fit import FitRanking, Ranking
    from careerdesk.store.store import Store

log = logging.getLogger(__name__)


class BestFit:
    """Part of Desk: best fit's ranking and the facts it keeps per catalogue."""

    store: Store  # provided by Desk
    _fit: tuple[tuple, FitRanking] | None  # (catalogue stamp and family, its ranking)
    _fit_ahead: threading.Thread | None  # reading the facts before they are asked for
    _fit_read: tuple[tuple, FitRanking] | None  # what it read

    def best_fit(self, family: str | None = None) -> Ranking:
        """Every role (of `family`), best fit first (domain.fit.rank_fit's order). The roles'
        facts are read once per catalogue and family (ahead, by `prepare_best_fit`); each call
        reads only the counts of the roles the user's ticked skills reach."""
        from careerdesk.domain.fit import FitRanking

        catalogue = self.store.catalogue
        key = (catalogue.stamp(), family or None)
        if self._fit is None or self._fit[0] != key:
            read = self._take_fit_read()
            if read is not None and read[0] == key:  # never facts of another catalogue
                self._fit = read
            else:
                self._fit = (key, FitRanking(catalogue.fit_base(family or None)))
        return self._fit[1].rank(catalogue.fit_had(self.store.ledger.table))

    def prepare_best_fit(self) -> None:
        """Read every role's facts for best fit (all families) on a worker thread, so that the
        first ranking does not wait for them: at 50,000 roles reading and ordering them takes
        ~0.4 s, which would freeze the window when Best fit is first shown. They are used only
        if the catalogue is still the one they were read from (its stamp says)."""
        if self._fit_ahead is not None and self._fit_ahead.is_alive():
            return
        key = (self.store.catalogue.stamp(), None)
        read = self._take_fit_read()
        if read is not None and read[0] == key:
            self._fit = read
        if self._fit is not None and self._fit[0] == key:
            return

        def work() -> None:
            try:
                from careerdesk.domain.fit import FitRanking

                read_stamp, base = self.store.fit_base_apart()
                self._fit_read = ((read_stamp, None), FitRanking(base))
            except Exception:  # noqa: BLE001 - best fit then reads them itself, as without this
                log.warning("could not read the best-fit facts ahead", exc_info=True)

        self._fit_ahead = threading.Thread(target=work, name="best-fit facts", daemon=True)
        self._fit_ahead.start()

    def _take_fit_read(self) -> tuple[tuple, FitRanking] | None:
        """What `prepare_best_fit` read (waiting for it if it is still reading), once."""
        if self._fit_ahead is not None:
            self._fit_ahead.join()
            self._fit_ahead = None
        read, self._fit_read = self._fit_read, None
        return read

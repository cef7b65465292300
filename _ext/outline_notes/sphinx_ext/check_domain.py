"""The collector of follow-ups and links: a Domain whose data is plain dicts keyed by docname.

Keyed by docname, so ``clear_doc`` and ``merge_domaindata`` are one-liners and parallel
reads merge correctly; no doctree node is ever stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from sphinx.domains import Domain, ObjType

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Set


class ChecksDomain(Domain):
    """Follow-ups (``.. check::``), web links, and the pages that list them."""

    name = "notes"
    label = "Conference notes"
    object_types: ClassVar[dict[str, ObjType]] = {"check": ObjType("follow-up", "check")}
    initial_data: ClassVar[dict[str, Any]] = {"checks": {}, "links": {}, "lists": {}}

    @property
    def checks(self) -> dict[str, list[dict[str, Any]]]:
        return self.data.setdefault("checks", {})

    @property
    def links(self) -> dict[str, list[dict[str, Any]]]:
        return self.data.setdefault("links", {})

    @property
    def lists(self) -> dict[str, int]:
        return self.data.setdefault("lists", {})

    def add_check(self, docname: str, record: dict[str, Any]) -> None:
        self.checks.setdefault(docname, []).append(record)

    def add_link(self, docname: str, record: dict[str, Any]) -> None:
        self.links.setdefault(docname, []).append(record)

    def add_list(self, docname: str) -> None:
        self.lists[docname] = self.lists.get(docname, 0) + 1

    def clear_doc(self, docname: str) -> None:
        self.checks.pop(docname, None)
        self.links.pop(docname, None)
        self.lists.pop(docname, None)

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        for docname in docnames:
            for key in ("checks", "links", "lists"):
                if docname in otherdata.get(key, {}):
                    self.data.setdefault(key, {})[docname] = otherdata[key][docname]

    def resolve_any_xref(self, *args: Any, **kwargs: Any) -> list:
        return []

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        for docname in sorted(self.checks):
            for record in self.checks[docname]:
                yield record["id"], record["text"][:80], "check", docname, record["id"], -1

    def docs_with_lists(self) -> Iterable[str]:
        return sorted(self.lists)

import type { CaseloadQuery } from "@kontaktplan/schema";

/** A column header that sorts the list by its column; clicking it again turns the order around. */
export function SortHeader({
  label,
  sort,
  current,
  direction,
  onSort,
  className,
}: {
  label: string;
  sort: CaseloadQuery["sort"];
  current: CaseloadQuery["sort"];
  direction: CaseloadQuery["direction"];
  onSort: (sort: CaseloadQuery["sort"]) => void;
  className?: string;
}) {
  const active = current === sort;
  return (
    <th scope="col" className={className} aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : "none"}>
      <button type="button" className="sort-button" onClick={() => onSort(sort)}>
        {label}
        <span aria-hidden="true">{active ? (direction === "asc" ? " ▲" : " ▼") : ""}</span>
      </button>
    </th>
  );
}

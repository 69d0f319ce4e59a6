import { useEffect, useId, useState } from "react";

/**
 * Search by name or CPR number. The search runs on submit (Enter or the button), so each search
 * is one history entry and one audited request, not one per keystroke.
 */
export function SearchBox({ value, onSearch, label }: { value: string; onSearch: (text: string) => void; label: string }) {
  const id = useId();
  const hintId = useId();
  const [text, setText] = useState(value);
  // Back and forward change the search from outside.
  useEffect(() => setText(value), [value]);
  return (
    <form
      role="search"
      className="search"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(text.trim());
      }}
    >
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <span id={hintId} className="muted">
          Navn, eller CPR-nummer som ddmmåå eller dd-mm-åå
        </span>
        <div className="search__row">
          <input id={id} type="search" aria-describedby={hintId} value={text} maxLength={60} onChange={(e) => setText(e.target.value)} />
          <button type="submit">Søg</button>
        </div>
      </div>
    </form>
  );
}

// One month as a table of day buttons (SPEC.md, Task 4 and the accessibility contract): a table
// named by the month, a button per day named by its full date, aria-pressed when checked.

/** TODO (Task 4): "March 2026" for '2026-03'. */
export function monthLabel(month: string): string {
  return month;
}

/** TODO (Task 4): '2026-03' and 1 give '2026-04'; -1 gives '2026-02'. */
export function shiftMonth(month: string, by: number): string {
  void by;
  return month;
}

interface Props {
  month: string;
  today: string;
  checked: ReadonlySet<string>;
  pending: ReadonlySet<string>;
  onToggle: (date: string) => void;
}

export function Calendar({ month }: Props) {
  // TODO (Tasks 4 and 5): the weeks of the month, a button per day.
  return <p>{monthLabel(month)}</p>;
}

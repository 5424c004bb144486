// The habit tracker page. The DOM checks render this component on its own: everything the page
// does starts here. SPEC.md's accessibility contract names every element the checks look for.
import { api } from './api.js';
import { Calendar } from './calendar.js';

export function App() {
  // TODO (Task 4): load the habits (naming the browser's zone) when the page opens; loading, empty
  // and error states; the combobox "Habit", the streak figures, the month calendar and its
  // Previous/Next buttons; the form that adds a habit.
  // TODO (Task 5): pressing a day checks it in or out at once, and goes back when the server refuses.
  void [api, Calendar];
  return (
    <main>
      <h1>Habits</h1>
    </main>
  );
}

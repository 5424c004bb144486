// The todo list page. The DOM checks render this component on its own: everything the page does
// starts here. SPEC.md's accessibility contract names every element the checks look for.
import { api } from './api.js';
import { TodoItem } from './todo-item.js';

export function App() {
  // TODO (Task 2): load the todos when the page opens; show loading, empty and full states.
  // TODO (Task 3): the form that adds a todo. TODO (Tasks 4 and 5): wire TodoItem's actions,
  // with optimistic updates that go back when the server refuses.
  void [api, TodoItem];
  return (
    <main>
      <h1>Todos</h1>
    </main>
  );
}

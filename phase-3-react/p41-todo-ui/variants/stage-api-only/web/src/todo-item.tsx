// One todo in the list: its checkbox, its Edit and Delete buttons, and its editor (SPEC.md,
// Tasks 2, 4 and 5, and the accessibility contract).
import type { Todo } from './api.js';

interface Props {
  todo: Todo;
  onToggle: (todo: Todo) => void;
  onDelete: (todo: Todo) => void;
  /** Answers false when the new title was refused, so the editor stays open. */
  onRename: (todo: Todo, title: string) => boolean;
}

export function TodoItem({ todo, onToggle, onDelete, onRename }: Props) {
  // TODO (Tasks 2, 4 and 5).
  void [onToggle, onDelete, onRename];
  return <li>{todo.title}</li>;
}

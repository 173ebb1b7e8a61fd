// The admin half of the board: the workflow editor and user management.
export { WorkflowEditorPage } from './editor/WorkflowEditorPage.tsx';
export { UsersPage } from './users/UsersPage.tsx';

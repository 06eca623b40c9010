/** The four registers of SPEC §2: sheet/table names, their headers in order, and the drop-down list each column offers. */
export type RegisterName = 'Departments' | 'Roles' | 'Tasks' | 'Processes';

/** Where a column's drop-down list comes from: a fixed list of values, or a column of another register. */
export type ListSource = { fixed: readonly string[] } | { register: RegisterName; column: string };

/** One column of a register: header text as written in the workbook, camelCase JSON key, optional drop-down. */
export interface ColumnSpec {
  header: string;
  key: string;
  list?: ListSource;
}

export const REGISTER_NAMES: readonly RegisterName[] = ['Departments', 'Roles', 'Tasks', 'Processes'];

const ref = (register: RegisterName, column: string): ListSource => ({ register, column });

export const ACCESS = ['Public', 'Internal', 'Confidential', 'Restricted'] as const;
export const ROLE_TYPES = ['Employee', 'Outsourced', 'Freelancer', 'Intern', 'Volunteer'] as const;
export const STATUSES = ['Filled', 'Vacant'] as const;
export const HOURS = ['Full-time', 'Part-time'] as const;
export const FREQUENCIES = ['Daily', 'Weekly', 'Monthly', 'Quarterly', 'Yearly', 'As needed'] as const;

export const COLUMNS: Record<RegisterName, readonly ColumnSpec[]> = {
  Departments: [
    { header: 'Department', key: 'department' },
    { header: 'Head', key: 'head', list: ref('Roles', 'Role') },
    { header: 'Access', key: 'access', list: { fixed: ACCESS } },
    { header: 'Owners', key: 'owners' },
    { header: 'Members', key: 'members' },
    { header: 'Visitors', key: 'visitors' },
    { header: 'Description', key: 'description' },
  ],
  Roles: [
    { header: 'Role', key: 'role' },
    { header: 'Department', key: 'department', list: ref('Departments', 'Department') },
    { header: 'Reports To', key: 'reportsTo', list: ref('Roles', 'Role') },
    { header: 'Type', key: 'type', list: { fixed: ROLE_TYPES } },
    { header: 'Status', key: 'status', list: { fixed: STATUSES } },
    { header: 'Holder', key: 'holder' },
    { header: 'Hours', key: 'hours', list: { fixed: HOURS } },
    { header: 'Summary', key: 'summary' },
  ],
  Tasks: [
    { header: 'ID', key: 'id' },
    { header: 'Task', key: 'task' },
    { header: 'Department', key: 'department', list: ref('Departments', 'Department') },
    { header: 'Role', key: 'role', list: ref('Roles', 'Role') },
    { header: 'Process', key: 'process', list: ref('Processes', 'Process') },
    { header: 'Step', key: 'step' },
    { header: 'Frequency', key: 'frequency', list: { fixed: FREQUENCIES } },
    { header: 'Tools', key: 'tools' },
    { header: 'Currently Done By', key: 'currentlyDoneBy' },
  ],
  Processes: [
    { header: 'Process', key: 'process' },
    { header: 'Department', key: 'department', list: ref('Departments', 'Department') },
    { header: 'System', key: 'system' },
    { header: 'Owner', key: 'owner', list: ref('Roles', 'Role') },
    { header: 'Trigger', key: 'trigger' },
    { header: 'Outcome', key: 'outcome' },
    { header: 'KPI', key: 'kpi' },
    { header: 'Target', key: 'target' },
    { header: 'Tools', key: 'tools' },
  ],
};

/** Headers match case-insensitively and trimmed (SPEC §2). */
export const normaliseHeader = (text: unknown): string => String(text ?? '').trim().toLowerCase();

/** The JSON key for a header, or undefined for a column the product does not know (kept out of the way). */
export function keyForHeader(register: RegisterName, header: unknown): string | undefined {
  const wanted = normaliseHeader(header);
  return COLUMNS[register].find((c) => c.header.toLowerCase() === wanted)?.key;
}

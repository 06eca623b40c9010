import type { RegistersJson } from '../api/types';

/** The method at a glance (SPEC §1): what the summary card shows after a check. */
export interface RegisterSummary {
  departments: number;
  tooManyDepartments: boolean;
  rolesFilled: number;
  rolesVacant: number;
  roleTypes: Record<string, number>;
  tasks: number;
  tasksWithoutRole: number;
  processes: number;
  processesWithoutKpi: number;
}

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v).trim());
const title = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

export function summarise(r: RegistersJson): RegisterSummary {
  let rolesVacant = 0;
  const roleTypes: Record<string, number> = {};
  for (const role of r.roles) {
    const status = text(role.status).toLowerCase();
    // SPEC §2: without a Status, a role is vacant when nobody holds it.
    if (status === 'vacant' || (status === '' && text(role.holder) === '')) rolesVacant++;
    const type = title(text(role.type) || 'Employee');
    roleTypes[type] = (roleTypes[type] ?? 0) + 1;
  }
  return {
    departments: r.departments.length,
    tooManyDepartments: r.departments.length > 9,
    rolesFilled: r.roles.length - rolesVacant,
    rolesVacant,
    roleTypes,
    tasks: r.tasks.length,
    tasksWithoutRole: r.tasks.filter((t) => text(t.role) === '').length,
    processes: r.processes.length,
    processesWithoutKpi: r.processes.filter((p) => text(p.kpi) === '').length,
  };
}

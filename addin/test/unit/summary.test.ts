import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/taskpane/summary';

describe('summarise', () => {
  it('Summarise_TenDepartments_FlagsMoreThanNine', () => {
    const departments = Array.from({ length: 10 }, (_, i) => ({ department: `D${i}` }));
    expect(summarise({ departments, roles: [], tasks: [], processes: [] })).toMatchObject({ departments: 10, tooManyDepartments: true });
    expect(summarise({ departments: departments.slice(1), roles: [], tasks: [], processes: [] }).tooManyDepartments).toBe(false);
  });

  it('Summarise_RolesWithoutStatus_VacantWhenNobodyHoldsThem', () => {
    const s = summarise({
      departments: [],
      roles: [{ role: 'A', holder: 'Ann' }, { role: 'B' }, { role: 'C', status: 'VACANT', holder: 'Old name' }, { role: 'D', type: 'intern', status: 'Filled' }],
      tasks: [{ task: 't1', role: 'A' }, { task: 't2' }, { task: 't3', role: '  ' }],
      processes: [{ process: 'p', kpi: 'x' }, { process: 'q' }],
    });
    expect(s).toMatchObject({ rolesFilled: 2, rolesVacant: 2, roleTypes: { Employee: 3, Intern: 1 }, tasksWithoutRole: 2, processesWithoutKpi: 1 });
  });
});

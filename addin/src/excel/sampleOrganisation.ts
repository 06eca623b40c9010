import type { RegisterName } from './registerSchema';

/**
 * A small sample organisation (a cut-down Contoso Ltd, as the service's `init --sample` writes) for a first look:
 * rows in the SPEC's column order, filled only into registers that Set up creates.
 */
export const SAMPLE_ROWS: Record<RegisterName, (string | number)[][]> = {
  Departments: [
    ['Operations', 'Chief Operating Officer', 'Internal', 'ops-owners@contoso.com', 'ops-members@contoso.com', 'managers@contoso.com', 'Runs the workshop, the warehouse and every customer order.'],
    ['Accounting', 'Accountant', 'Confidential', 'finance-owners@contoso.com', 'finance-members@contoso.com', '', 'Bookkeeping, invoicing, month-end and tax.'],
    ['Human Resources', 'HR Officer', 'Confidential', 'hr-owners@contoso.com', 'hr-members@contoso.com', '', 'Hiring, onboarding and staff wellbeing.'],
  ],
  Roles: [
    ['Managing Director', 'Operations', '', 'Employee', 'Filled', 'Alex Morgan', 'Full-time', 'Leads the company and sets its direction.'],
    ['Chief Operating Officer', 'Operations', 'Managing Director', 'Employee', 'Filled', 'Priya Shah', 'Full-time', 'Runs daily operations and order fulfilment.'],
    ['Technician', 'Operations', 'Chief Operating Officer', 'Employee', 'Vacant', '', 'Full-time', 'Prepares, tests and ships equipment.'],
    ['Accountant', 'Accounting', 'Managing Director', 'Outsourced', 'Filled', 'Ledger & Co', '', 'Closes the books and files tax returns.'],
    ['Bookkeeper', 'Accounting', 'Accountant', 'Employee', 'Filled', 'Ayşe Yılmaz', 'Part-time', 'Keeps the books and the invoices up to date.'],
    ['HR Officer', 'Human Resources', 'Managing Director', 'Employee', 'Filled', "Grace O'Neill", 'Part-time', 'Hires and looks after the staff.'],
  ],
  Tasks: [
    ['T0001', 'Set the yearly business plan', 'Operations', 'Managing Director', '', '', 'Yearly', 'Business plan template', ''],
    ['T0002', 'Confirm each customer order in the order system', 'Operations', 'Chief Operating Officer', 'Order to Delivery', 1, 'Daily', 'Order system', ''],
    ['T0003', 'Test the equipment before packing', 'Operations', 'Technician', 'Order to Delivery', 2, 'Daily', 'Test bench, Test checklist', 'Chief Operating Officer'],
    ['T0004', 'Book the courier collection', 'Operations', 'Technician', 'Order to Delivery', 3, 'Daily', 'Courier portal', 'Chief Operating Officer'],
    ['T0005', 'Reconcile the bank accounts', 'Accounting', 'Bookkeeper', 'Month-End Close', 1, 'Monthly', 'Accounting software', ''],
    ['T0006', 'Prepare the management accounts', 'Accounting', 'Accountant', 'Month-End Close', 2, 'Monthly', 'Accounting software', ''],
    ['T0007', 'Write the job advert', 'Human Resources', 'HR Officer', 'Hiring', 1, 'As needed', 'Job advert template', ''],
    ['T0008', 'Interview the shortlisted candidates', 'Human Resources', 'HR Officer', 'Hiring', 2, 'As needed', 'Interview scorecard', ''],
  ],
  Processes: [
    ['Order to Delivery', 'Operations', 'Fulfillment', 'Chief Operating Officer', 'A customer order arrives.', 'The customer has the equipment, tested and on time.', 'Orders shipped within 2 working days', '95%', 'Order system, Courier portal'],
    ['Month-End Close', 'Accounting', 'Financial Management', 'Accountant', 'The last working day of the month.', 'Management accounts for the month.', 'Working days to close', '5', 'Accounting software'],
    ['Hiring', 'Human Resources', 'Employee Management', 'HR Officer', 'A role is vacant.', 'The right person accepts an offer.', 'Days to fill a role', '45', 'Job advert template'],
  ],
};

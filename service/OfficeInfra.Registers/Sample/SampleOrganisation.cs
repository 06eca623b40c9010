using System.Globalization;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Sample;

/// <summary>
/// The sample organisation written by <c>init --sample</c> and kept in samples/contoso.xlsx: Contoso Ltd, a small
/// business that sells and ships workshop equipment. The Managing Director sits at the top of the tree and belongs
/// to Operations (the SPEC names six departments and has no Leadership one; a small firm's MD runs the day-to-day
/// there). Rows are numbered as the workbook writer lays them out, so findings point at real cells.
/// </summary>
public static class SampleOrganisation
{
    private const string Ops = "Operations", Legal = "Legal Compliance", Acc = "Accounting", Tech = "Technology",
        Mkt = "Marketing", Hr = "Human Resources";
    private const string Md = "Managing Director", Coo = "Chief Operating Officer", Technician = "Technician",
        Compliance = "Compliance Officer", Lawyer = "Lawyer", Accountant = "Accountant", Bookkeeper = "Bookkeeper",
        ItAdmin = "IT Administrator", MktManager = "Marketing Manager", Designer = "Graphic Designer",
        Intern = "Marketing Intern", HrOfficer = "HR Officer", Volunteer = "Wellbeing Volunteer";

    /// <summary>Builds the sample registers (a new instance each call).</summary>
    public static RegisterSet Create()
    {
        return new RegisterSet("Contoso Ltd",
            Departments().Select((d, i) => d with { Row = i + 2 }).ToList(),
            Roles().Select((r, i) => Specified(r) with { Row = i + 2 }).ToList(),
            Tasks().Select((t, i) => t with { Id = "T" + (i + 1).ToString("D4", CultureInfo.InvariantCulture), Row = i + 2 }).ToList(),
            Processes().Select((p, i) => p with { Row = i + 2 }).ToList())
        {
            Settings = new OrganisationSettings("Contoso Ltd", "en", "12", Row: 2),
            Journey = Journey().Select((j, i) => j with { Row = i + 2 }).ToList(),
        };
    }

    /// <summary>The six departments, each with its head and access level.</summary>
    private static List<Department> Departments() =>
    [
        Dept(Ops, Coo, "Internal", "ops", "Runs the workshop, the warehouse and every customer order."),
        Dept(Legal, Compliance, "Restricted", "legal", "Contracts, data protection and regulatory compliance."),
        Dept(Acc, Accountant, "Confidential", "finance", "Bookkeeping, invoicing, month-end and tax."),
        Dept(Tech, ItAdmin, "Internal", "it", "Computers, accounts, backups and the business systems."),
        Dept(Mkt, MktManager, "Public", "marketing", "Campaigns, the website and new customer leads."),
        Dept(Hr, HrOfficer, "Confidential", "hr", "Hiring, onboarding and staff wellbeing."),
    ];

    /// <summary>The roles, top of the tree first; the Technician is vacant.</summary>
    private static List<Role> Roles() =>
    [
        new(Md, Ops, null, "Employee", "Filled", "Alex Morgan", "Full-time", "Leads the company and sets its direction."),
        new(Coo, Ops, Md, "Employee", "Filled", "Priya Shah", "Full-time", "Runs daily operations and order fulfilment."),
        new(Technician, Ops, Coo, "Employee", "Vacant", null, "Full-time", "Prepares, tests and ships equipment."),
        new(Compliance, Legal, Md, "Employee", "Filled", "Jonas Berg", "Part-time", "Keeps the company within the law."),
        new(Lawyer, Legal, Compliance, "Outsourced", "Filled", "Harbour Legal LLP", null, "Reviews contracts and advises on disputes."),
        new(Accountant, Acc, Md, "Outsourced", "Filled", "Ledger & Co", null, "Closes the books and files tax returns."),
        new(Bookkeeper, Acc, Accountant, "Employee", "Filled", "Ayşe Yılmaz", "Part-time", "Keeps the books and the invoices up to date."),
        new(ItAdmin, Tech, Coo, "Employee", "Filled", "Wei Zhang (张伟)", "Full-time", "Looks after computers, accounts and backups."),
        new(MktManager, Mkt, Md, "Employee", "Filled", "Sofia Ruiz", "Full-time", "Brings in new customers."),
        new(Designer, Mkt, MktManager, "Freelancer", "Filled", "Studio Nord", null, "Designs campaign artwork."),
        new(Intern, Mkt, MktManager, "Intern", "Filled", "Sam Lee", "Part-time", "Helps run social media and campaigns."),
        new(HrOfficer, Hr, Md, "Employee", "Filled", "Grace O'Neill", "Part-time", "Hires and looks after the staff."),
        new(Volunteer, Hr, HrOfficer, "Volunteer", "Filled", "Tom Becker", "Part-time", "Organises wellbeing activities."),
    ];

    /// <summary>Two processes per department, each with its trigger, outcome, KPI and systems.</summary>
    private static List<Process> Processes() =>
    [
        Proc("Order to Delivery", Ops, "Fulfillment", Coo, "A customer order arrives.", "The customer has the equipment, tested and on time.", "Orders shipped within 2 working days", "95%", "Order system, Courier portal"),
        Proc("Equipment Maintenance", Ops, "Operations Management", Coo, "The monthly maintenance date.", "Workshop equipment is safe and serviced.", "Maintenance done on schedule", "100%", "Maintenance checklist"),
        Proc("Contract Review", Legal, "Administration", Compliance, "A contract is proposed.", "A signed contract with acceptable terms.", "Days from draft to signature", "10 days or fewer", "Contract template"),
        Proc("Data Protection Requests", Legal, "Service Management", Compliance, "Someone asks for their personal data.", "The request is answered lawfully.", "Requests answered within one month", "100%", "Request log"),
        Proc("Month-End Close", Acc, "Financial Management", Accountant, "The last working day of the month.", "Management accounts for the month.", "Working days to close", "5", "Accounting software, Close checklist"),
        Proc("Invoicing and Collections", Acc, "Financial Management", Bookkeeper, "An order is delivered.", "The customer has paid.", "Average days to be paid", "30", "Accounting software"),
        Proc("New Starter IT Setup", Tech, "Administration", ItAdmin, "A new starter is hired.", "The new starter can work on day one.", "Starters ready on day one", "100%", "Device checklist"),
        Proc("Backup and Recovery", Tech, "Operations Management", ItAdmin, "Every night.", "Data can be restored.", "Successful restore tests", "4 a year", "Backup service"),
        Proc("Campaign Launch", Mkt, "Marketing", MktManager, "A product or season to promote.", "A campaign that brings leads.", "Leads per campaign", "50", "Campaign brief template, Design tools"),
        Proc("Lead Handling", Mkt, "Sales", MktManager, "A prospect gets in touch.", "Qualified leads reach the MD.", "Leads answered within 1 working day", "90%", "CRM"),
        Proc("Hiring", Hr, "Employee Management", HrOfficer, "A role is vacant.", "The right person accepts an offer.", "Days to fill a role", "45", "Job advert template, Interview scorecard"),
        Proc("Staff Onboarding", Hr, "Employee Management", HrOfficer, "A new starter accepts an offer.", "The new starter is settled in.", "New starters still here after 6 months", "90%", "Welcome pack"),
    ];

    /// <summary>The tasks, department by department; numbered steps belong to a process, the rest are routine work.</summary>
    private static List<TaskItem> Tasks() =>
    [
        T("Set the yearly business plan", Ops, Md, null, null, "Yearly", "Business plan template"),
        T("Chair the monthly management meeting", Ops, Md, null, null, "Monthly", "Meeting agenda"),
        T("Confirm each customer order in the order system", Ops, Coo, "Order to Delivery", "1", "Daily", "Order system, Order checklist"),
        T("Pick the ordered items from the warehouse", Ops, Technician, "Order to Delivery", "2", "Daily", "Pick list, Barcode scanner", Coo),
        T("Test the equipment before packing", Ops, Technician, "Order to Delivery", "3", "Daily", "Test bench, Test checklist", Coo),
        T("Pack and label the shipment", Ops, Technician, "Order to Delivery", "4", "Daily", "Packing station, Label printer", Coo),
        T("Book the courier collection", Ops, Technician, "Order to Delivery", "5", "Daily", "Courier portal", Coo),
        T("Send the tracking number to the customer", Ops, Coo, "Order to Delivery", "6", "Daily", "Order system, Tracking e-mail template"),
        T("Service the workshop equipment", Ops, Technician, "Equipment Maintenance", "1", "Monthly", "Maintenance checklist", Coo),
        T("Record each service in the maintenance log", Ops, Coo, "Equipment Maintenance", "2", "Monthly", "Maintenance log"),
        T("Receive the contract draft and log it", Legal, Compliance, "Contract Review", "1", "As needed", "Contract register"),
        T("Review the contract terms", Legal, Lawyer, "Contract Review", "2", "As needed", "Contract template"),
        T("Sign off the contract", Legal, Md, "Contract Review", "3", "As needed", "E-signature"),
        T("Log the data protection request", Legal, Compliance, "Data Protection Requests", "1", "As needed", "Request log"),
        T("Answer the request within one month", Legal, Compliance, "Data Protection Requests", "2", "As needed", "Response templates"),
        T("Reconcile the bank accounts", Acc, Bookkeeper, "Month-End Close", "1", "Monthly", "Accounting software, Bank feed"),
        T("Post the month-end accruals", Acc, Accountant, "Month-End Close", "2", "Monthly", "Accounting software"),
        T("Prepare the management accounts", Acc, Accountant, "Month-End Close", "3", "Monthly", "Accounting software, Management pack template"),
        T("Issue the customer invoices", Acc, Bookkeeper, "Invoicing and Collections", "1", "Weekly", "Accounting software"),
        T("Chase overdue invoices", Acc, Bookkeeper, "Invoicing and Collections", "2", "Weekly", "Reminder letter template"),
        T("File the VAT return", Acc, Accountant, null, null, "Quarterly", "Tax portal"),
        T("Create the new starter's user account", Tech, ItAdmin, "New Starter IT Setup", "1", "As needed", "Admin centre"),
        T("Set up the new starter's laptop", Tech, ItAdmin, "New Starter IT Setup", "2", "As needed", "Device checklist"),
        T("Check the nightly backup report", Tech, ItAdmin, "Backup and Recovery", "1", "Daily", "Backup service"),
        T("Test restoring a file from backup", Tech, ItAdmin, "Backup and Recovery", "2", "Quarterly", "Backup service, Restore checklist"),
        T("Plan the campaign and write the brief", Mkt, MktManager, "Campaign Launch", "1", "Quarterly", "Campaign brief template"),
        T("Design the campaign artwork", Mkt, Designer, "Campaign Launch", "2", "Quarterly", "Design tools, Brand guide"),
        T("Schedule the social media posts", Mkt, Intern, "Campaign Launch", "3", "Weekly", "Social media scheduler"),
        T("Report the campaign results", Mkt, MktManager, "Campaign Launch", "4", "Quarterly", "Analytics dashboard"),
        T("Qualify new leads", Mkt, MktManager, "Lead Handling", "1", "Daily", "CRM"),
        T("Pass qualified leads to the Managing Director", Mkt, Intern, "Lead Handling", "2", "Daily", "CRM", MktManager),
        T("Write the job advert", Hr, HrOfficer, "Hiring", "1", "As needed", "Job advert template"),
        T("Shortlist the candidates", Hr, HrOfficer, "Hiring", "2", "As needed", "Interview scorecard"),
        T("Interview the shortlisted candidates", Hr, HrOfficer, "Hiring", "3", "As needed", "Interview scorecard"),
        T("Prepare the welcome pack", Hr, Volunteer, "Staff Onboarding", "1", "As needed", "Welcome pack"),
        T("Run the first-day induction", Hr, HrOfficer, "Staff Onboarding", "2", "As needed", "Induction checklist"),
        T("Organise the monthly wellbeing lunch", Hr, Volunteer, null, null, "Monthly", null),
    ];

    /// <summary>
    /// A customer's way from first hearing of Contoso to ordering again, through every lane of the blueprint. It is
    /// honest about the firm: nobody is on stage while the customer uses the equipment, support is split between
    /// Operations, Legal and Technology with no process joining them, and Human Resources never meets the customer.
    /// </summary>
    private static List<JourneyStage> Journey() =>
    [
        Stage("Awareness", "Discover", "Sees a campaign or searches for workshop equipment", "Website, Social media, Trade fair stand",
            "Run campaigns and answer first questions", Mkt, "Campaign Launch", "Prices are hard to find on the website", "Leads per campaign"),
        Stage("", "Enquire", "Asks for a quote", "Website form, Phone", "Qualify the enquiry and send a quote", MktManager,
            "Lead Handling", null, "Enquiries answered within 1 working day"),
        Stage("Purchase", "Agree terms", "Reviews and signs the contract", "E-mail, Printed contract", "Agree the terms and sign",
            $"{Md}; {Compliance}", "Contract Review", "Waits a week for the contract to come back", "Days from quote to signature"),
        Stage("", "Order", "Places the order", "Website, Phone", "Confirm the order and the delivery date", Coo,
            "Order to Delivery", null, "Orders confirmed the same day"),
        Stage("Delivery", "Ship", "Waits for the delivery and receives the equipment", "Tracking e-mail, Courier, Product",
            "Pick, test, pack and ship", Ops, "Order to Delivery", "Does not know when the delivery will arrive", "Orders shipped within 2 working days"),
        Stage("", "Invoice", "Receives and pays the invoice", "Invoice, E-mail", "Send the invoice and answer billing questions", Bookkeeper,
            "Invoicing and Collections", null, "Average days to be paid"),
        Stage("Use", "Set up and use", "Installs the equipment and uses it in the workshop", "Product, User manual",
            null, null, null, "The setup instructions are unclear", "Customers using the equipment after 30 days"),
        Stage("Support and renewal", "Get support", "Reports a fault or asks for their personal data", "Phone, E-mail",
            "Answer the request", $"{Technician}; {Compliance}", "Data Protection Requests; Backup and Recovery",
            "Is passed between departments to get an answer", "Requests answered within one month"),
        Stage("", "Order again", "Orders spare parts or new equipment", "E-mail, Phone, Website", "Offer spares and upgrades",
            MktManager, "Lead Handling; Order to Delivery", null, "Customers who order again within a year"),
    ];

    private static JourneyStage Stage(string phase, string stage, string action, string channels, string? onStage, string? by,
        string? backStage, string? painPoint, string kpi) => new(phase, stage)
    {
        CustomerAction = action,
        FrontStage = Split(channels),
        OnStage = onStage,
        OnStageBy = SplitNames(by),
        BackStage = SplitNames(backStage),
        PainPoint = painPoint,
        Kpi = kpi,
    };

    private static string[] SplitNames(string? list) =>
        list?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    // The person specification of each role (qualifications, skills, experience, location, grade, contract), so the
    // sample's job descriptions show one and its Roles sheet, which has the columns, gives no warning for them.
    private static readonly Dictionary<string, string[]> Specifications = new()
    {
        [Md] = ["Degree in business or engineering", "Leadership; budgeting; negotiation", "Ten years, five leading a company or a division", "Head office", "Director", "Permanent"],
        [Coo] = ["Degree or equivalent experience in operations", "Planning; logistics; people management", "Seven years in operations, three managing a team", "Head office and warehouse", "Senior manager", "Permanent"],
        [Technician] = ["Vocational qualification in electronics", "Equipment testing; careful packing", "Two years in a workshop or warehouse", "Warehouse", "Grade 3", "Permanent"],
        [Compliance] = ["Law degree or compliance certificate", "Contract law; data protection", "Five years in compliance", "Head office", "Manager", "Permanent, part-time"],
        [Lawyer] = ["Qualified solicitor", "Commercial contracts; disputes", "Firm with a commercial practice", "Remote", "", "Framework agreement"],
        [Accountant] = ["Chartered accountant", "Month-end close; tax returns", "Firm serving small companies", "Remote", "", "Annual engagement letter"],
        [Bookkeeper] = ["Bookkeeping certificate", "Invoicing; reconciliations; accounting software", "Two years keeping books", "Head office", "Grade 3", "Permanent, part-time"],
        [ItAdmin] = ["IT support certificate", "Device setup; backups; user accounts", "Three years in IT support", "Head office", "Grade 4", "Permanent"],
        [MktManager] = ["Degree in marketing", "Campaign planning; lead handling; CRM", "Five years in B2B marketing", "Head office", "Manager", "Permanent"],
        [Designer] = ["Portfolio of campaign work", "Layout; illustration; brand guidelines", "Studio with B2B clients", "Remote", "", "Statement of work per campaign"],
        [Intern] = ["Studying marketing or communications", "Writing; social media", "None needed", "Head office", "", "Six-month internship"],
        [HrOfficer] = ["HR certificate", "Recruitment; onboarding; employment law basics", "Three years in HR", "Head office", "Grade 4", "Permanent, part-time"],
        [Volunteer] = ["None needed", "Organising events; listening", "", "Head office", "", "Volunteer agreement"],
    };

    private static Role Specified(Role role)
    {
        var s = Specifications[role.Title];
        return role with
        {
            Qualifications = NullIfEmpty(s[0]), Skills = NullIfEmpty(s[1]), Experience = NullIfEmpty(s[2]),
            Location = NullIfEmpty(s[3]), Grade = NullIfEmpty(s[4]), Contract = NullIfEmpty(s[5]),
        };
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static Department Dept(string name, string head, string access, string group, string description) =>
        new(name, head, access, [$"{group}-owners@contoso.com"], [$"{group}-members@contoso.com"],
            access == "Internal" ? [$"{group}-visitors@contoso.com", "managers@contoso.com"] : [], description);

    private static Process Proc(string name, string department, string system, string owner, string trigger,
        string outcome, string kpi, string target, string tools) =>
        new(name, department, system, owner, trigger, outcome, kpi, target, Split(tools));

    private static TaskItem T(string task, string department, string role, string? process, string? step,
        string frequency, string? tools, string? currentlyDoneBy = null) =>
        new(string.Empty, task, department, role, process, step, frequency, Split(tools), currentlyDoneBy);

    private static string[] Split(string? list) =>
        list?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
}

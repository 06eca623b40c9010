#!/usr/bin/env python3
"""Writes a 36-role register workbook (six departments, every role type, tasks in processes and outside them, person
specifications on some roles, delegation gaps, one vacancy) in the given language, for page-flow renders.
Usage: page-flow-workbook.py <en|tr|zh-Hans> <out.xlsx>. Only the standard library: a plain workbook with one sheet per
register and inline strings (the reader finds registers by sheet name and the header row)."""
import sys, zipfile
from xml.sax.saxutils import escape

lang, out = sys.argv[1], sys.argv[2]
WORDS = {
    'en': dict(org='Northwind Trading', depts=['Operations', 'Sales', 'Finance', 'People', 'Technology', 'Marketing'],
               role='{d} {kind} {n}', kinds=['Manager', 'Specialist', 'Coordinator', 'Assistant', 'Adviser', 'Analyst'],
               task='{verb} the {thing} for {d}', verbs=['Prepare', 'Check', 'Review', 'Send', 'Update', 'Plan', 'Record', 'Approve'],
               things=['weekly report', 'customer orders', 'supplier invoices', 'stock count', 'training plan', 'backup log', 'campaign brief', 'budget'],
               process='{d} {p}', procs=['Intake', 'Delivery', 'Review'], summary='Keeps {d} running smoothly and on time.',
               kpi='Items handled on time', trigger='A request arrives.', outcome='The request is complete and recorded.',
               qual='Degree or equivalent experience', skills='Planning; spreadsheets; clear writing', exp='Three years in a similar role'),
    'tr': dict(org='Kuzey Ticaret A.Ş.', depts=['Operasyon', 'Satış', 'Finans', 'İnsan Kaynakları', 'Bilgi Teknolojileri', 'Pazarlama'],
               role='{d} {kind} {n}', kinds=['Müdürü', 'Uzmanı', 'Koordinatörü', 'Asistanı', 'Danışmanı', 'Analisti'],
               task='{d} için {thing} {verb}', verbs=['hazırla', 'kontrol et', 'gözden geçir', 'gönder', 'güncelle', 'planla', 'kaydet', 'onayla'],
               things=['haftalık raporu', 'müşteri siparişlerini', 'tedarikçi faturalarını', 'stok sayımını', 'eğitim planını', 'yedekleme kaydını', 'kampanya özetini', 'bütçeyi'],
               process='{d} {p}', procs=['Talep Alma', 'Teslimat', 'Gözden Geçirme'], summary='{d} biriminin işlerinin zamanında ve düzenli yürümesini sağlar.',
               kpi='Zamanında tamamlanan işler', trigger='Bir talep gelir.', outcome='Talep tamamlanır ve kayda geçer.',
               qual='Lisans diploması veya eşdeğer deneyim', skills='Planlama; Excel; yazılı iletişim', exp='Benzer bir görevde üç yıl'),
    'zh-Hans': dict(org='北风贸易有限公司', depts=['运营部', '销售部', '财务部', '人力资源部', '信息技术部', '市场部'],
               role='{d}{kind}{n}', kinds=['经理', '专员', '协调员', '助理', '顾问', '分析师'],
               task='{verb}{d}的{thing}', verbs=['编制', '核对', '审阅', '发送', '更新', '规划', '登记', '审批'],
               things=['周报', '客户订单', '供应商发票', '库存盘点', '培训计划', '备份日志', '活动简报', '预算'],
               process='{d}{p}', procs=['受理流程', '交付流程', '复核流程'], summary='确保{d}各项工作按时、有序地开展。',
               kpi='按时完成的事项', trigger='收到一项申请。', outcome='申请办结并登记。',
               qual='本科学历或同等经验', skills='计划；电子表格；书面沟通', exp='同类岗位三年以上经验'),
}[lang]
TYPES = ['Employee', 'Employee', 'Intern', 'Volunteer', 'Outsourced', 'Freelancer']

departments = [[d, '', 'Internal'] for d in WORDS['depts']]
roles, tasks, processes = [], [], []
for i, d in enumerate(WORDS['depts']):
    for p in WORDS['procs']:
        processes.append([WORDS['process'].format(d=d, p=p), d, '', WORDS['trigger'], WORDS['outcome'], WORDS['kpi'], '95%'])
    for j in range(6):
        title = WORDS['role'].format(d=d, kind=WORDS['kinds'][j], n='' if lang == 'zh-Hans' else '').strip()
        head = WORDS['role'].format(d=d, kind=WORDS['kinds'][0], n='').strip()
        reports = '' if (i == 0 and j == 0) else (WORDS['role'].format(d=WORDS['depts'][0], kind=WORDS['kinds'][0], n='').strip() if j == 0 else head)
        kind = TYPES[j]
        vacant = (i == 1 and j == 1)
        spec = j % 2 == 0
        roles.append([title, d, reports, kind, 'Vacant' if vacant else 'Filled', '' if vacant else f'Person {i}{j}',
                      'Part-time' if kind in ('Intern', 'Volunteer') else ('' if kind in ('Outsourced', 'Freelancer') else 'Full-time'),
                      WORDS['summary'].format(d=d), WORDS['qual'] if spec else '', WORDS['skills'] if spec else '', WORDS['exp'] if spec else ''])
        if j == 0:
            departments[i][1] = title
        # Between one and seven tasks: short documents are where a lone heading spills.
        for k in range(1 + (i * 6 + j) % 7):
            proc = processes[i * 3 + k % 3][0] if k % 4 != 3 else ''
            step = str(k // 3 + 1 + (k % 3) * 3) if proc else ''
            done_by = head if (vacant and k % 2 == 0) else ''
            tasks.append(['', WORDS['task'].format(verb=WORDS['verbs'][(j + k) % 8], thing=WORDS['things'][(i + k) % 8], d=d), d, title,
                          proc, step, ['Daily', 'Weekly', 'Monthly', 'Quarterly'][k % 4], 'Excel, ERP' if k % 2 else '', done_by])
for p in processes:
    p[2] = next(r[0] for r in roles if r[1] == p[1])

sheets = [
    ('Departments', ['Department', 'Head', 'Access'], departments),
    ('Roles', ['Role', 'Department', 'Reports To', 'Type', 'Status', 'Holder', 'Hours', 'Summary', 'Qualifications', 'Skills', 'Experience'], roles),
    ('Tasks', ['ID', 'Task', 'Department', 'Role', 'Process', 'Step', 'Frequency', 'Tools', 'Currently Done By'], tasks),
    ('Processes', ['Process', 'Department', 'Owner', 'Trigger', 'Outcome', 'KPI', 'Target'], processes),
    ('Organisation', ['Name', 'Language'], [[WORDS['org'], lang]]),
]

def col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s

def sheet_xml(header, rows):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate([header] + rows, start=1):
        out.append(f'<row r="{r}">')
        for c, v in enumerate(row):
            if v != '':
                out.append(f'<c r="{col(c)}{r}" t="inlineStr"><is><t xml:space="preserve">{escape(str(v))}</t></is></c>')
        out.append('</row>')
    out.append('</sheetData></worksheet>')
    return ''.join(out)

def write(out, sheets):
    """The workbook of `sheets` ([name, header, rows]) at `out`."""
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        n = len(sheets)
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   + ''.join(f'<Override PartName="/xl/worksheets/sheet{i+1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n)) + '</Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   + ''.join(f'<sheet name="{escape(s[0])}" sheetId="{i+1}" r:id="rId{i+1}"/>' for i, s in enumerate(sheets)) + '</sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + ''.join(f'<Relationship Id="rId{i+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i+1}.xml"/>' for i in range(n)) + '</Relationships>')
        for i, (name, header, rows) in enumerate(sheets):
            z.writestr(f'xl/worksheets/sheet{i+1}.xml', sheet_xml(header, rows))

if __name__ == '__main__':
    write(out, sheets)
    print(out, len(roles), 'roles', len(tasks), 'tasks', len(processes), 'processes')

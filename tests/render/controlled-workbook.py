#!/usr/bin/env python3
"""The 36-role organisation of page-flow-workbook.py with what a second run of a controlled library meets, for renders
and for checking the documents' history from the outside (issues 18 and 19).
Usage: controlled-workbook.py <en|tr|zh-Hans> <out.xlsx> [--task] [--reports] [--kpi] [--cover] [--holder] [--rename] [--changed] [--journey]
  --task     one task added as the last step of a process (Operations Intake)
  --reports  the Sales head reports to the Finance head (was the Operations head)
  --kpi      the Finance Intake process's KPI target changed from 95% to 98%
  --cover    the Sales head now also does a task of another Sales role (Currently Done By)
  --holder   the Operations head is now held by Ayse Yilmaz (the internship description that reports to it prints the holder)
  --rename   the organisation renamed
  --changed  all but --rename
  --journey  every process in a core business system and a 20-stage customer journey in four phases
Only the standard library."""
import runpy, sys
from pathlib import Path

lang, out = sys.argv[1], sys.argv[2]
flags = set(sys.argv[3:])
sys.argv = [sys.argv[0], lang, out]
base = runpy.run_path(str(Path(__file__).with_name('page-flow-workbook.py')), run_name='page_flow')
sheets = {name: [header, rows] for name, header, rows in base['sheets']}
roles, tasks, processes = sheets['Roles'][1], sheets['Tasks'][1], sheets['Processes'][1]

WORDS = {
    'en': dict(task='Book the courier collection', systems=['Fulfilment', 'Sales', 'Financial management', 'Employee management', 'Service management', 'Marketing'],
               phases=['Awareness', 'Purchase', 'Delivery', 'Support'],
               stages=['See an advert', 'Visit the website', 'Ask a question', 'Get a quote', 'Compare offers', 'Agree terms', 'Place the order',
                       'Pay the deposit', 'Confirm the order', 'Follow the order', 'Receive the delivery', 'Install', 'Learn to use it', 'Use it daily',
                       'Report a problem', 'Get a fix', 'Renew the contract', 'Give feedback', 'Recommend us', 'Order again'],
               channels=['Website', 'Phone', 'E-mail', 'Shop counter', 'Brochure', 'Product'],
               action='The customer: {s}', onstage='Guide the customer: {s}', pain='Waits too long: {s}', kpi='{s} within a day'),
    'tr': dict(task='Kargo teslim alımını ayarla', systems=['Karşılama', 'Satış', 'Finansal yönetim', 'Çalışan yönetimi', 'Hizmet yönetimi', 'Pazarlama'],
               phases=['Farkındalık', 'Satın alma', 'Teslimat', 'Destek'],
               stages=['Reklamı görür', 'Web sitesine girer', 'Soru sorar', 'Teklif alır', 'Teklifleri karşılaştırır', 'Şartları kabul eder', 'Sipariş verir',
                       'Ön ödeme yapar', 'Siparişi onaylar', 'Siparişi izler', 'Teslimatı alır', 'Kurulum', 'Kullanmayı öğrenir', 'Günlük kullanım',
                       'Sorun bildirir', 'Çözüm alır', 'Sözleşmeyi yeniler', 'Geri bildirim verir', 'Bizi önerir', 'Yeniden sipariş verir'],
               channels=['Web sitesi', 'Telefon', 'E-posta', 'Mağaza', 'Broşür', 'Ürün'],
               action='Müşteri: {s}', onstage='Müşteriye yol göster: {s}', pain='Çok bekliyor: {s}', kpi='{s}: bir gün içinde'),
    'zh-Hans': dict(task='预约快递上门取件', systems=['履约', '销售', '财务管理', '员工管理', '服务管理', '市场营销'],
               phases=['认知', '购买', '交付', '支持'],
               stages=['看到广告', '访问网站', '提出问题', '获取报价', '比较报价', '商定条款', '下单', '支付定金', '确认订单', '跟踪订单',
                       '收货', '安装', '学习使用', '日常使用', '报告问题', '获得解决', '续签合同', '提供反馈', '推荐我们', '再次订购'],
               channels=['网站', '电话', '电子邮件', '门店柜台', '宣传册', '产品'],
               action='客户：{s}', onstage='引导客户：{s}', pain='等待过久：{s}', kpi='一天内完成{s}'),
}[lang]

if '--changed' in flags:
    flags |= {'--task', '--reports', '--kpi', '--cover', '--holder'}
if '--cover' in flags:
    sales = sheets['Departments'][1][1]
    next(t for t in tasks if t[2] == sales[0] and t[3] != sales[1] and not t[8])[8] = sales[1]
if '--holder' in flags:
    roles[0][5] = 'Ayse Yilmaz'
if '--rename' in flags:
    sheets['Organisation'][1][0][0] = {'en': 'Fabrikam Trading', 'tr': 'Güney Ticaret A.Ş.', 'zh-Hans': '南风贸易有限公司'}[lang]
if '--task' in flags:
    process = processes[0]
    steps = [t for t in tasks if t[4] == process[0]]
    tasks.append(['', WORDS['task'], process[1], steps[0][3], process[0], str(max(int(t[5]) for t in steps) + 1), 'Weekly', '', ''])
if '--reports' in flags:
    sales_head = next(r for r in roles if r[1] == sheets['Departments'][1][1][0])
    sales_head[2] = sheets['Departments'][1][2][1]
if '--kpi' in flags:
    next(p for p in processes if p[1] == sheets['Departments'][1][2][0])[6] = '98%'

if '--journey' in flags:
    sheets['Processes'][0] = sheets['Processes'][0] + ['System']
    for i, p in enumerate(processes):
        p.append(WORDS['systems'][i // 3])
    departments = [d[0] for d in sheets['Departments'][1]]
    # Who is on stage: marketing and sales roles early, operations for delivery, technology for support.
    on = [5, 5, 1, 1, 1, 1, 1, 2, 0, 0, 0, 0, 4, 4, 4, 4, 1, 5, 5, 1]
    rows = []
    for i, stage in enumerate(WORDS['stages']):
        d = on[i]
        by = departments[d] if i % 3 == 0 else next(r[0] for r in roles if r[1] == departments[d] and r[3] == 'Employee' and r[0] != sheets['Departments'][1][d][1])
        back = [processes[d * 3 + (i % 3)][0]] + ([processes[((d + 2) % 6) * 3 + 1][0]] if i % 4 == 2 else [])
        rows.append([WORDS['phases'][i // 5] if i % 5 == 0 else '', stage, WORDS['action'].format(s=stage),
                     ', '.join([WORDS['channels'][i % 6], WORDS['channels'][(i + 2) % 6]]), WORDS['onstage'].format(s=stage), by,
                     '; '.join(back), WORDS['pain'].format(s=stage) if i % 4 == 1 else '', WORDS['kpi'].format(s=stage)])
    sheets['Journey'] = [['Phase', 'Stage', 'Customer Action', 'Front Stage', 'On Stage', 'On Stage By', 'Back Stage', 'Pain Point', 'KPI'], rows]

base['write'](out, [(name, header, rows) for name, (header, rows) in sheets.items()])
print(out, len(roles), 'roles', len(tasks), 'tasks', len(processes), 'processes', len(sheets.get('Journey', [[], []])[1]), 'stages')

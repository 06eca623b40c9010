#!/usr/bin/env python3
"""Copies a register workbook with its Organisation sheet's Language set (en, tr or zh-Hans), so that the sample
(`init --sample`) can be rendered in every language. Only the standard library: the Language cell (B2 of the
Organisation sheet, as init writes it) becomes an inline string.
Usage: workbook-language.py <en|tr|zh-Hans> <in.xlsx> <out.xlsx>"""
import re, sys, zipfile

lang, source, target = sys.argv[1], sys.argv[2], sys.argv[3]
with zipfile.ZipFile(source) as z:
    parts = {n: z.read(n) for n in z.namelist()}
workbook = parts['xl/workbook.xml'].decode('utf-8')
rels = parts['xl/_rels/workbook.xml.rels'].decode('utf-8')
rid = re.search(r'<(?:\w+:)?sheet name="Organisation"[^>]*r:id="([^"]+)"', workbook).group(1)
rel = next(r for r in re.findall(r'<Relationship [^>]*>', rels) if f'Id="{rid}"' in r)
path = 'xl/' + re.search(r'Target="([^"]+)"', rel).group(1).lstrip('/').removeprefix('xl/')
sheet = parts[path].decode('utf-8')
prefix = 'x:' if '<x:worksheet' in sheet else ''
cell = f'<{prefix}c r="B2" t="inlineStr"><{prefix}is><{prefix}t>{lang}</{prefix}t></{prefix}is></{prefix}c>'
sheet, n = re.subn(r'<%sc r="B2"(?:[^>]*/>|[^>]*>.*?</%sc>)' % (prefix, prefix), cell, sheet, count=1)
if n == 0:
    sheet = re.sub(r'(<%sc r="A2"(?:[^>]*/>|[^>]*>.*?</%sc>))' % (prefix, prefix), r'\1' + cell, sheet, count=1)
parts[path] = sheet.encode('utf-8')
with zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)

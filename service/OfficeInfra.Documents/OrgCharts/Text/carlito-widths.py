# Prints CalibriWidths.cs's two tables from Carlito (metric-compatible with Calibri, OFL): advance widths in
# 1/2048 em of U+0020–U+024F, then U+2010–U+203A, € and ™, as base64 of little-endian uint16; regular = max(Regular, Italic),
# bold = max(Bold, BoldItalic). Run: python3 carlito-widths.py > widths.txt (fonts-crosextra-carlito installed).
import struct, sys
def tables(data):
    n = struct.unpack('>H', data[4:6])[0]
    t = {}
    for i in range(n):
        tag, _, off, ln = struct.unpack('>4sIII', data[12+16*i:28+16*i]); t[tag.decode()] = (off, ln)
    return t
def load(path):
    d = open(path,'rb').read(); t = tables(d)
    upem = struct.unpack('>H', d[t['head'][0]+18:t['head'][0]+20])[0]
    hhea = t['hhea'][0]; asc, desc, gap = struct.unpack('>hhh', d[hhea+4:hhea+10]); nh = struct.unpack('>H', d[hhea+34:hhea+36])[0]
    hm = t['hmtx'][0]; adv = [struct.unpack('>H', d[hm+4*i:hm+4*i+2])[0] for i in range(nh)]
    cm = t['cmap'][0]; nsub = struct.unpack('>H', d[cm+2:cm+4])[0]; cmap = {}
    for i in range(nsub):
        pid, eid, off = struct.unpack('>HHI', d[cm+4+8*i:cm+12+8*i])
        if (pid, eid) not in ((3,1),(0,3)): continue
        s = cm+off; fmt = struct.unpack('>H', d[s:s+2])[0]
        if fmt != 4: continue
        segx2 = struct.unpack('>H', d[s+6:s+8])[0]; seg = segx2//2
        ends = struct.unpack('>%dH'%seg, d[s+14:s+14+segx2]); starts = struct.unpack('>%dH'%seg, d[s+16+segx2:s+16+2*segx2])
        deltas = struct.unpack('>%dh'%seg, d[s+16+2*segx2:s+16+3*segx2]); ro = s+16+3*segx2
        ranges = struct.unpack('>%dH'%seg, d[ro:ro+segx2])
        for k in range(seg):
            for c in range(starts[k], ends[k]+1):
                if c == 0xFFFF: continue
                if ranges[k] == 0: g = (c + deltas[k]) & 0xFFFF
                else:
                    a = ro + 2*k + ranges[k] + 2*(c-starts[k]); g = struct.unpack('>H', d[a:a+2])[0]
                    if g: g = (g + deltas[k]) & 0xFFFF
                if g: cmap[c] = g
        break
    return upem, (asc, desc, gap), lambda c: adv[min(cmap[c], nh-1)] if c in cmap else None
base = '/usr/share/fonts/truetype/crosextra/Carlito-'
fonts = {k: load(base+k+'.ttf') for k in ['Regular','Italic','Bold','BoldItalic']}
upem, vm, _ = fonts['Regular']; print('// upem', upem, 'asc/desc/gap', vm, file=sys.stderr)
lo, hi = 0x20, 0x24F
extra = list(range(0x2010, 0x203B)) + [0x20AC, 0x2122]
def table(a, b):
    out = []
    for c in list(range(lo, hi+1)) + extra:
        w = [f[2](c) for f in (fonts[a], fonts[b])]; w = [x for x in w if x is not None]
        out.append(max(w) if w else 0)
    return out
reg = table('Regular','Italic'); bold = table('Bold','BoldItalic')
print('missing', sum(1 for x in reg if x == 0), file=sys.stderr)
import base64
def enc(t): return base64.b64encode(b''.join(struct.pack('<H', x) for x in t)).decode()
print(enc(reg)); print(enc(bold))
print(hex(lo), hex(hi), [hex(x) for x in (extra[0], extra[-3])], file=sys.stderr)

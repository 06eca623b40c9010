/* An in-memory stand-in for the part of Office.js / Excel the pane uses, with Office's load/sync semantics:
 * every read or write is queued and happens at context.sync() (or at the end of Excel.run); reading a property
 * that was not loaded, or before the sync that loads it, throws as Office.js does. It is a classic script so the
 * browser tests can inject it as is and the unit tests can import it; it defines globalThis.FakeOffice.
 * office-addin-mock cannot fake *Collection objects, which the register adapters need, hence this file. */
(function () {
  'use strict';

  const colName = (c) => { let s = ''; c += 1; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
  const colIndex = (letters) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  function parseAddress(address) {
    const a = address.includes('!') ? address.split('!')[1] : address;
    const [from, to] = a.replace(/\$/g, '').split(':');
    const p = (x) => { const m = /^([A-Z]+)(\d+)$/i.exec(x); if (!m) throw new Error('Bad address ' + address); return { r: Number(m[2]) - 1, c: colIndex(m[1]) }; };
    const s = p(from), e = p(to || from);
    return { r: s.r, c: s.c, rows: e.r - s.r + 1, cols: e.c - s.c + 1 };
  }
  const eq = (a, b) => String(a).toLowerCase() === String(b).toLowerCase();

  /** The workbook model: sheets of sparse cells, tables, formats and a record of what the pane did. */
  class Model {
    constructor() { this.sheets = []; this.selection = null; this.active = null; this.syncs = 0; this.maxCellsPerSync = 0; this.requirementSets = { ExcelApi: 1.8 }; this.handlers = []; this.settings = {}; this.opened = null; this.theme = null; this.customXmlParts = []; this.customXmlIds = 0; this.names = {}; this.maxBytesPerSync = 0; }
    /** Fires the onChanged handlers registered on a table of this sheet or on the sheet itself (Office fires after the edit). */
    _changed(sheet, address) {
      for (const h of this.handlers) {
        if (h.sheet !== sheet.name.toLowerCase()) continue;
        setTimeout(() => h.fn({ type: h.kind === 'table' ? 'TableChanged' : 'WorksheetChanged', changeType: 'RangeEdited', address, source: 'Local', worksheetId: sheet.name, tableId: h.kind === 'table' ? h.name : undefined }), 0);
      }
    }
    /** A user's edit: sets one cell and fires the change events, as typing into Excel does. */
    edit(sheetName, r, c, v) { const s = this.sheet(sheetName); this.set(s, r, c, v); this._changed(s, colName(c) + (r + 1)); }
    /** A user deletes worksheet row r (0-based): cells below move up, tables shrink, change events fire. */
    deleteRow(sheetName, r) {
      const s = this.sheet(sheetName); const moved = new Map();
      for (const [k, v] of s.cells) { const [row, c] = k.split(',').map(Number); if (row < r) moved.set(k, v); else if (row > r) moved.set((row - 1) + ',' + c, v); }
      s.cells = moved;
      for (const t of s.tables) if (r > t.r && r < t.r + t.rows) t.rows -= 1;
      this._changed(s, (r + 1) + ':' + (r + 1));
    }
    sheet(name) { return this.sheets.find((s) => eq(s.name, name)) || null; }
    addSheet(name) { if (this.sheet(name)) throw new Error(`A sheet named ${name} already exists.`); const s = { name, cells: new Map(), tables: [], frozenRows: 0, conditionalFormats: [], validations: [], columnWidths: {} }; this.sheets.push(s); return s; }
    get(sheet, r, c) { const v = sheet.cells.get(r + ',' + c); return v === undefined ? '' : v; }
    set(sheet, r, c, v) { if (v === '' || v === null || v === undefined) sheet.cells.delete(r + ',' + c); else sheet.cells.set(r + ',' + c, v); }
    tables() { return this.sheets.flatMap((s) => s.tables.map((t) => ({ t, s }))); }
    table(name) { return this.tables().find((x) => eq(x.t.name, name)) || null; }
    /** Test set-up: a sheet holding a table with these rows (first row = headers). */
    addTable(sheetName, tableName, rows, at) {
      const s = this.sheet(sheetName) || this.addSheet(sheetName);
      const o = at ? parseAddress(at) : { r: 0, c: 0 };
      rows.forEach((row, i) => row.forEach((v, j) => this.set(s, o.r + i, o.c + j, v)));
      if (tableName) s.tables.push({ name: tableName, r: o.r, c: o.c, rows: Math.max(rows.length, 2), cols: rows[0].length });
      return s;
    }
    values(sheetName) {
      const s = this.sheet(sheetName); if (!s) return null;
      let rows = 0, cols = 0; for (const k of s.cells.keys()) { const [r, c] = k.split(',').map(Number); rows = Math.max(rows, r + 1); cols = Math.max(cols, c + 1); }
      return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => this.get(s, r, c)));
    }
    used(s) {
      let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
      for (const k of s.cells.keys()) { const [r, c] = k.split(',').map(Number); r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c); }
      return r1 < 0 ? null : { r: r0, c: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
    }
  }

  /** Base of every proxy: load() marks names; values appear only after the sync that resolves them. */
  class Proxy {
    constructor(ctx) { this._ctx = ctx; this._data = {}; this._ready = new Set(); }
    _prop(name) { if (!this._ready.has(name)) throw new Error(`The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`); return this._data[name]; }
    _queueLoad(names, resolve) { this._ctx._queue.push(() => { const v = resolve(); for (const n of names) { this._data[n] = v[n]; this._ready.add(n); } }); return this; }
  }

  const names = (props) => (typeof props === 'string' ? props.split(',').map((p) => p.trim()).filter(Boolean) : Array.isArray(props) ? props : Object.keys(props || {}));

  class RangeProxy extends Proxy {
    constructor(ctx, sheetRef, geom, nullable) { super(ctx); this._sheetRef = sheetRef; this._geom = geom; this._nullable = nullable; this.dataValidation = new DataValidation(this); this.conditionalFormats = new ConditionalFormats(this); const range = this; this.format = { font: {}, fill: {}, autofitColumns: () => {}, set columnWidth(points) { range._ctx._queue.push(() => { const s = range._sheetRef(), g = range._geom(s); for (let j = 0; j < g.cols; j++) s.columnWidths[g.c + j] = points; }); } }; }
    get isNullObject() { return this._prop('isNullObject'); }
    get values() { return this._prop('values'); }
    set values(v) { this._ctx._queue.push(() => { const s = this._sheetRef(), g = this._geom(); v.forEach((row, i) => row.forEach((x, j) => { if (i < g.rows && j < g.cols) this._ctx._model.set(s, g.r + i, g.c + j, x); })); }); }
    get rowIndex() { return this._prop('rowIndex'); }
    get columnIndex() { return this._prop('columnIndex'); }
    get rowCount() { return this._prop('rowCount'); }
    get columnCount() { return this._prop('columnCount'); }
    get address() { return this._prop('address'); }
    load(props) {
      const wanted = names(props);
      return this._queueLoad(['isNullObject', ...wanted], () => {
        const s = this._sheetRef(); const g = s ? this._geom(s) : null;
        if (!g) { if (!this._nullable) throw new Error('ItemNotFound'); return { isNullObject: true }; }
        const out = { isNullObject: false, rowIndex: g.r, columnIndex: g.c, rowCount: g.rows, columnCount: g.cols, address: `${s.name}!${colName(g.c)}${g.r + 1}:${colName(g.c + g.cols - 1)}${g.r + g.rows}` };
        if (wanted.includes('values')) { out.values = Array.from({ length: g.rows }, (_, i) => Array.from({ length: g.cols }, (_, j) => this._ctx._model.get(s, g.r + i, g.c + j))); this._ctx._cellsThisSync += g.rows * g.cols; }
        return out;
      });
    }
    getEntireColumn() { return new RangeProxy(this._ctx, this._sheetRef, (s) => ({ ...this._geom(s), r: 0, rows: 1048576 }), false); }
    getUsedRangeOrNullObject() {
      return new RangeProxy(this._ctx, this._sheetRef, (s) => {
        const g = this._geom(s); let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
        for (const k of s.cells.keys()) { const [r, c] = k.split(',').map(Number); if (r < g.r || r >= g.r + g.rows || c < g.c || c >= g.c + g.cols) continue; r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c); }
        return r1 < 0 ? null : { r: r0, c: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
      }, true);
    }
    select() { this._ctx._queue.push(() => { const s = this._sheetRef(), g = this._geom(s); this._ctx._model.active = s.name; this._ctx._model.selection = { sheet: s.name, address: colName(g.c) + (g.r + 1) + (g.rows * g.cols > 1 ? ':' + colName(g.c + g.cols - 1) + (g.r + g.rows) : '') }; }); }
  }

  /** An Office event (onChanged): add() registers at the next sync and answers an EventHandlerResult. */
  function eventSource(ctx, where) {
    return {
      add(fn) {
        const entry = { fn };
        ctx._queue.push(() => { Object.assign(entry, where()); ctx._model.handlers.push(entry); });
        return { remove() { ctx._queue.push(() => { ctx._model.handlers = ctx._model.handlers.filter((h) => h !== entry); }); } };
      },
    };
  }

  class DataValidation {
    constructor(range) { this._range = range; }
    _at(s, g) { return s.validations.find((v) => v.r === g.r && v.c === g.c); }
    set rule(rule) { const r = this._range; r._ctx._queue.push(() => { const s = r._sheetRef(), g = r._geom(s); const kept = this._at(s, g); s.validations = s.validations.filter((v) => v !== kept); s.validations.push({ ...g, rule, errorAlert: kept ? kept.errorAlert : undefined }); }); }
    /** DataValidationErrorAlert: { showAlert, style: 'Stop' | 'Warning' | 'Information', title, message }. */
    set errorAlert(alert) { const r = this._range; r._ctx._queue.push(() => { const s = r._sheetRef(), g = r._geom(s); const v = this._at(s, g); if (!v) throw new Error('InvalidOperation: set the rule before the error alert.'); v.errorAlert = { ...alert }; }); }
  }
  class ConditionalFormats {
    constructor(range) { this._range = range; }
    add(type) {
      const cf = { type, custom: { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '', bold: false } } } };
      const r = this._range; r._ctx._queue.push(() => { const s = r._sheetRef(), g = r._geom(s); s.conditionalFormats.push({ ...g, cf }); });
      return cf;
    }
  }

  class WorksheetProxy extends Proxy {
    constructor(ctx, name, nullable) {
      super(ctx); this._name = name; this._nullable = nullable;
      const ref = () => ctx._model.sheet(this._name);
      this._ref = ref;
      this.tables = new TableCollection(ctx, () => (ref() ? [ref()] : []), this);
      this.freezePanes = { freezeRows: (n) => ctx._queue.push(() => { ref().frozenRows = n; }) };
      this.onChanged = eventSource(ctx, () => ({ kind: 'sheet', sheet: ref().name.toLowerCase(), name: ref().name }));
    }
    get name() { return this._prop('name'); }
    get isNullObject() { return this._prop('isNullObject'); }
    load(props) { return this._queueLoad(['isNullObject', ...names(props)], () => { const s = this._ref(); if (!s && !this._nullable) throw new Error(`ItemNotFound: sheet ${this._name}`); return { isNullObject: !s, name: s ? s.name : undefined }; }); }
    activate() { this._ctx._queue.push(() => { this._ctx._model.active = this._ref().name; }); }
    getRange(address) { const a = parseAddress(address); return new RangeProxy(this._ctx, this._ref, () => a, false); }
    getRangeByIndexes(r, c, rows, cols) { return new RangeProxy(this._ctx, this._ref, () => ({ r, c, rows, cols }), false); }
    getUsedRangeOrNullObject() { return new RangeProxy(this._ctx, this._ref, (s) => this._ctx._model.used(s), true); }
  }

  class WorksheetCollection extends Proxy {
    get items() { return this._prop('items'); }
    load() { return this._queueLoad(['items'], () => ({ items: this._ctx._model.sheets.map((s) => { const w = new WorksheetProxy(this._ctx, s.name, false); w._data.name = s.name; w._ready.add('name'); return w; }) })); }
    getItem(name) { return new WorksheetProxy(this._ctx, name, false); }
    getItemOrNullObject(name) { return new WorksheetProxy(this._ctx, name, true); }
    add(name) { this._ctx._queue.push(() => this._ctx._model.addSheet(name)); return new WorksheetProxy(this._ctx, name, false); }
  }

  class TableProxy extends Proxy {
    constructor(ctx, find, nullable) {
      super(ctx); this._find = find; this._nullable = nullable;
      const sheetRef = () => { const f = find(); return f ? f.s : null; };
      this._sheetRef = sheetRef;
      this.worksheet = new WorksheetProxy(ctx, '', false); this.worksheet._ref = sheetRef;
      this.worksheet.load = (p) => this.worksheet._queueLoad(['isNullObject', ...names(p)], () => ({ isNullObject: false, name: sheetRef().name }));
      const t = () => find().t;
      this.onChanged = eventSource(ctx, () => ({ kind: 'table', sheet: find().s.name.toLowerCase(), name: find().t.name }));
      this.columns = {
        add: (index, values, name) => { ctx._queue.push(() => { const { t: tb, s } = find(); const c = tb.c + tb.cols; ctx._model.set(s, tb.r, c, name || `Column${tb.cols + 1}`); tb.cols += 1; }); },
        getItem: (name) => ({ getDataBodyRange: () => new RangeProxy(ctx, sheetRef, (s) => { const tb = t(); for (let j = 0; j < tb.cols; j++) if (eq(String(ctx._model.get(s, tb.r, tb.c + j)).trim(), name)) return { r: tb.r + 1, c: tb.c + j, rows: tb.rows - 1, cols: 1 }; throw new Error(`ItemNotFound: column ${name}`); }, false) }),
      };
    }
    get name() { return this._prop('name'); }
    set name(v) { this._ctx._queue.push(() => { this._find().t.name = v; }); }
    get isNullObject() { return this._prop('isNullObject'); }
    load(props) { return this._queueLoad(['isNullObject', ...names(props)], () => { const f = this._find(); if (!f && !this._nullable) throw new Error('ItemNotFound: table'); return { isNullObject: !f, name: f ? f.t.name : undefined }; }); }
    getRange() { return new RangeProxy(this._ctx, this._sheetRef, () => { const tb = this._find().t; return { r: tb.r, c: tb.c, rows: tb.rows, cols: tb.cols }; }, false); }
    getHeaderRowRange() { return new RangeProxy(this._ctx, this._sheetRef, () => { const tb = this._find().t; return { r: tb.r, c: tb.c, rows: 1, cols: tb.cols }; }, false); }
    getDataBodyRange() { return new RangeProxy(this._ctx, this._sheetRef, () => { const tb = this._find().t; return { r: tb.r + 1, c: tb.c, rows: tb.rows - 1, cols: tb.cols }; }, false); }
  }

  class TableCollection extends Proxy {
    constructor(ctx, sheets, worksheet) { super(ctx); this._sheets = sheets; this._worksheet = worksheet; }
    get items() { return this._prop('items'); }
    load() { return this._queueLoad(['items'], () => ({ items: this._sheets().flatMap((s) => s.tables.map((tb) => { const p = new TableProxy(this._ctx, () => ({ t: tb, s }), false); p._data.name = tb.name; p._ready.add('name'); return p; })) })); }
    _lookup(name) { return () => { for (const s of this._sheets()) { const t = s.tables.find((x) => eq(x.name, name)); if (t) return { t, s }; } return null; }; }
    getItem(name) { return new TableProxy(this._ctx, this._lookup(name), false); }
    getItemOrNullObject(name) { return new TableProxy(this._ctx, this._lookup(name), true); }
    add(address, hasHeaders) {
      let made = null;
      this._ctx._queue.push(() => {
        const sheetName = address.includes('!') ? address.split('!')[0].replace(/'/g, '') : this._worksheet._ref().name;
        const s = this._ctx._model.sheet(sheetName); const g = parseAddress(address);
        if (!hasHeaders) throw new Error('The fake supports tables with headers only.');
        made = { name: 'Table' + (this._ctx._model.tables().length + 1), r: g.r, c: g.c, rows: Math.max(g.rows, 2), cols: g.cols };
        s.tables.push(made);
      });
      return new TableProxy(this._ctx, () => { if (!made) return null; const s = this._ctx._model.sheets.find((x) => x.tables.includes(made)); return { t: made, s }; }, false);
    }
  }

  /** Excel.NamedItemCollection (ExcelApi 1.4): add(name, reference) where reference is a formula or a Range; names are unique, case-insensitively. */
  class NamedItemCollectionProxy extends Proxy {
    get items() { return this._prop('items'); }
    load() { return this._queueLoad(['items'], () => ({ items: Object.keys(this._ctx._model.names).map((n) => { const item = this._item(n, false); Object.assign(item._data, { name: n, formula: this._ctx._model.names[n], isNullObject: false }); ['name', 'formula', 'isNullObject'].forEach((k) => item._ready.add(k)); return item; }) })); }
    _item(name, nullable) {
      const ctx = this._ctx; const key = () => Object.keys(ctx._model.names).find((n) => eq(n, name));
      const item = new Proxy(ctx);
      Object.defineProperties(item, { name: { get() { return item._prop('name'); } }, formula: { get() { return item._prop('formula'); } }, isNullObject: { get() { return item._prop('isNullObject'); } } });
      item.load = (p) => item._queueLoad(['isNullObject', 'name', 'formula', ...names(p)], () => { const k = key(); if (!k && !nullable) throw Object.assign(new Error('ItemNotFound: name ' + name), { code: 'ItemNotFound' }); return k ? { isNullObject: false, name: k, formula: ctx._model.names[k] } : { isNullObject: true }; });
      item.delete = () => ctx._queue.push(() => { const k = key(); if (k) delete ctx._model.names[k]; });
      return item;
    }
    getItem(name) { return this._item(name, false); }
    getItemOrNullObject(name) { return this._item(name, true); }
    add(name, reference) {
      if (typeof reference !== 'string') throw new Error('The stand-in takes a formula string as the reference.');
      this._ctx._queue.push(() => {
        if (!/^[A-Za-z_\\][\w.]*$/.test(name)) throw Object.assign(new Error('InvalidArgument: bad name ' + name), { code: 'InvalidArgument' });
        if (Object.keys(this._ctx._model.names).some((n) => eq(n, name))) throw Object.assign(new Error('InvalidArgument: the name already exists.'), { code: 'InvalidArgument' });
        this._ctx._model.names[name] = reference.startsWith('=') ? reference : '=' + reference;
      });
      return this._item(name, false);
    }
  }

  /** A ClientResult: its value is there only after the sync that resolves it. */
  class ClientResult {
    constructor() { this._ready = false; this._value = undefined; }
    get value() { if (!this._ready) throw new Error('The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.'); return this._value; }
    _set(v) { this._value = v; this._ready = true; }
  }

  /** The namespace of an XML document's root element (Office files custom XML parts by it); throws on text that is not XML. */
  function rootNamespace(xml) {
    const body = String(xml).replace(/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?/, '');
    const root = /^<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*((?:\s+[^\s=>]+\s*=\s*("[^"]*"|'[^']*'))*)\s*\/?>/.exec(body);
    if (!root || !/>\s*$/.test(body)) throw Object.assign(new Error('InvalidArgument: the XML is not well formed.'), { code: 'InvalidArgument' });
    const prefix = root[1] ? root[1].slice(0, -1) : '';
    const attr = new RegExp(`\\sxmlns${prefix ? ':' + prefix : ''}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(root[2] || '');
    return attr ? (attr[2] ?? attr[3]) : '';
  }

  /** Excel.CustomXmlPart (ExcelApi 1.5): id and namespaceUri load; getXml answers a ClientResult; setXml, delete. */
  class CustomXmlPartProxy extends Proxy {
    constructor(ctx, find, nullable) { super(ctx); this._find = find; this._nullable = nullable; }
    get id() { return this._prop('id'); }
    get namespaceUri() { return this._prop('namespaceUri'); }
    get isNullObject() { return this._prop('isNullObject'); }
    _part() { const p = this._find(); if (!p) throw Object.assign(new Error('ItemNotFound: custom XML part'), { code: 'ItemNotFound' }); return p; }
    load(props) { return this._queueLoad(['isNullObject', 'id', 'namespaceUri', ...names(props)], () => { const p = this._find(); if (!p && !this._nullable) throw Object.assign(new Error('ItemNotFound: custom XML part'), { code: 'ItemNotFound' }); return p ? { isNullObject: false, id: p.id, namespaceUri: p.namespaceUri } : { isNullObject: true }; }); }
    getXml() { const r = new ClientResult(); this._ctx._queue.push(() => { const xml = this._part().xml; this._ctx._bytesThisSync += xml.length; r._set(xml); }); return r; }
    setXml(xml) { this._ctx._sent += String(xml).length; const ns = rootNamespace(xml); this._ctx._queue.push(() => { const p = this._part(); p.xml = String(xml); p.namespaceUri = ns; }); }
    delete() { this._ctx._queue.push(() => { const p = this._part(); this._ctx._model.customXmlParts = this._ctx._model.customXmlParts.filter((x) => x !== p); }); }
  }

  /** Excel.CustomXmlPartCollection and its namespace-scoped kind: items, getCount, getItem(OrNullObject), getOnlyItem(OrNullObject). */
  class CustomXmlPartCollectionProxy extends Proxy {
    constructor(ctx, namespaceUri) { super(ctx); this._ns = namespaceUri; }
    _parts() { return this._ctx._model.customXmlParts.filter((p) => this._ns === undefined || p.namespaceUri === this._ns); }
    get items() { return this._prop('items'); }
    load() { return this._queueLoad(['items'], () => ({ items: this._parts().map((p) => { const x = new CustomXmlPartProxy(this._ctx, () => this._ctx._model.customXmlParts.find((q) => q === p) || null, false); Object.assign(x._data, { id: p.id, namespaceUri: p.namespaceUri, isNullObject: false }); ['id', 'namespaceUri', 'isNullObject'].forEach((n) => x._ready.add(n)); return x; }) })); }
    getCount() { const r = new ClientResult(); this._ctx._queue.push(() => r._set(this._parts().length)); return r; }
    getItem(id) { return new CustomXmlPartProxy(this._ctx, () => this._parts().find((p) => p.id === id) || null, false); }
    getItemOrNullObject(id) { return new CustomXmlPartProxy(this._ctx, () => this._parts().find((p) => p.id === id) || null, true); }
    _only(nullable) {
      return new CustomXmlPartProxy(this._ctx, () => { const ps = this._parts(); if (ps.length > 1) throw Object.assign(new Error('InvalidOperation: more than one custom XML part matches.'), { code: 'InvalidOperation' }); return ps[0] || null; }, nullable);
    }
    getOnlyItem() { return this._only(false); }
    getOnlyItemOrNullObject() { return this._only(true); }
    getByNamespace(namespaceUri) { if (this._ns !== undefined) throw new Error('getByNamespace is on the workbook collection only.'); return new CustomXmlPartCollectionProxy(this._ctx, namespaceUri); }
    add(xml) {
      if (this._ns !== undefined) throw new Error('add is on the workbook collection only.');
      this._ctx._sent += String(xml).length;
      const ns = rootNamespace(xml);
      let made = null;
      this._ctx._queue.push(() => { const m = this._ctx._model; made = { id: `{${String(++m.customXmlIds).padStart(8, '0')}-0000-4000-8000-000000000000}`, namespaceUri: ns, xml: String(xml) }; m.customXmlParts.push(made); });
      return new CustomXmlPartProxy(this._ctx, () => made, false);
    }
  }

  /** Excel on the web refuses a request or response over 5 MB (RequestPayloadSizeLimitExceeded); the stand-in does too. */
  const PAYLOAD_LIMIT = 5 * 1024 * 1024;
  const tooLarge = () => Object.assign(new Error('RequestPayloadSizeLimitExceeded: the request payload size has exceeded the limit.'), { code: 'RequestPayloadSizeLimitExceeded' });

  class Context {
    constructor(model) { this._model = model; this._queue = []; this._cellsThisSync = 0; this._bytesThisSync = 0; this._sent = 0; this.workbook = { worksheets: new WorksheetCollection(this), tables: new TableCollection(this, () => model.sheets, null), customXmlParts: new CustomXmlPartCollectionProxy(this, undefined), names: new NamedItemCollectionProxy(this), application: { suspendScreenUpdatingUntilNextSync() {} } }; }
    async sync() {
      const q = this._queue, sent = this._sent; this._queue = []; this._sent = 0; this._cellsThisSync = 0; this._bytesThisSync = 0; this._model.syncs += 1;
      if (sent > PAYLOAD_LIMIT) throw tooLarge();
      for (const op of q) op();
      if (this._bytesThisSync > PAYLOAD_LIMIT) throw tooLarge();
      this._model.maxCellsPerSync = Math.max(this._model.maxCellsPerSync, this._cellsThisSync);
      this._model.maxBytesPerSync = Math.max(this._model.maxBytesPerSync, sent, this._bytesThisSync);
    }
  }

  /** Installs Office and Excel globals over a model; returns the model so tests can look at the workbook. */
  function install(target, model, options) {
    const opts = options || {};
    model = model || new Model();
    target.Excel = {
      run: async (fn) => { const ctx = new Context(model); const r = await fn(ctx); await ctx.sync(); return r; },
      ConditionalFormatType: { custom: 'Custom' },
    };
    target.Office = {
      HostType: { Excel: 'Excel' },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      onReady: (cb) => { const info = { host: 'Excel', platform: 'OfficeOnline' }; if (cb) setTimeout(() => cb(info), 0); return Promise.resolve(info); },
      context: {
        requirements: { isSetSupported: (name, version) => (model.requirementSets[name] || 0) >= Number(version || 0) },
        ui: { openBrowserWindow: (url) => { model.opened = url; } },
        get officeTheme() { return model.theme || undefined; },
        document: {
          settings: {
            get: (name) => (name in model.settings ? JSON.parse(JSON.stringify(model.settings[name])) : null),
            set: (name, value) => { model.settings[name] = JSON.parse(JSON.stringify(value)); },
            remove: (name) => { delete model.settings[name]; },
            saveAsync: (cb) => { model.settingsSaved = (model.settingsSaved || 0) + 1; if (cb) setTimeout(() => cb({ status: 'succeeded' }), 0); },
          },
        },
      },
      auth: { getAccessToken: async () => { if (opts.token) return opts.token; throw Object.assign(new Error('SSO not configured'), { code: 13000 }); } },
    };
    return model;
  }

  globalThis.FakeOffice = { Model, install, parseAddress, colName };
})();

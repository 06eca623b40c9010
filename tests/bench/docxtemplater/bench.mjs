// The peer: docxtemplater 3.71 + pizzip 3.3 filling the same job description for every role, one file per role.
// Usage: node bench.mjs <template.docx> <data.json> <outDir>   → prints one JSON line of per-document timings (ms).
import fs from "node:fs";
import path from "node:path";
import PizZip from "pizzip";
import Docxtemplater from "docxtemplater";

const [templatePath, dataPath, outDir] = process.argv.slice(2);
const template = fs.readFileSync(templatePath);
const roles = JSON.parse(fs.readFileSync(dataPath, "utf8"));
fs.mkdirSync(outDir, { recursive: true });

const render = (role) => {
  const doc = new Docxtemplater(new PizZip(template), {
    delimiters: { start: "{{", end: "}}" },
    paragraphLoop: true,
    linebreaks: true,
  });
  doc.render(role);
  return doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" });
};

// Warm up the JIT on a few documents first, as the .NET contenders are warmed up.
for (let i = 0; i < Math.min(20, roles.length); i++) render(roles[i]);

const times = [];
roles.forEach((role, i) => {
  const start = process.hrtime.bigint();
  fs.writeFileSync(path.join(outDir, `${i}.docx`), render(role));
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
});
console.log(JSON.stringify({ contender: "docxtemplater", times }));

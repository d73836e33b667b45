/**
 * Webpack plugin: the custom functions' help pages, bantuan/<fungsi>.html and bantuan/index.html,
 * simple static pages in Bahasa Indonesia generated from functions.json (the functions' JSDoc), and
 * each function's helpUrl set to its page at the add-in's base URL.
 */
const { Compilation, sources } = require("webpack");

const html = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

const page = (title, body) => `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'" />
<title>${html(title)} · Bantuan SAKIP Excel</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}code{background:#f3f3f3;padding:0 .2rem}dt{font-weight:600;margin-top:.6rem}</style>
</head>
<body>
${body}
</body>
</html>
`;

/** An option argument's custom enum as the list of values Excel's AutoComplete offers, each with its tooltip. */
const choices = (e) =>
  e
    ? `<br />Pilihan (juga ditawarkan Excel saat mengetik rumus):<ul>${e.values.map((v) => `<li><code>${html(JSON.stringify(v.stringValue ?? v.numberValue))}</code>${v.tooltip ? `: ${html(v.tooltip)}` : ""}</li>`).join("")}</ul>`
    : "";

/** The page's file name for a function id (CAPAIAN → capaian.html, IKM_NRR → ikm_nrr.html). */
const fileOf = (id) => `${id.toLowerCase()}.html`;

class HelpPagesPlugin {
  /** @param {{ base: string, namespace: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpPagesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "HelpPagesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return;
        const meta = JSON.parse(asset.source.source().toString());
        const ns = this.options.namespace;
        const enums = new Map((meta.enums || []).map((e) => [e.id, e]));
        for (const f of meta.functions) {
          f.helpUrl = `${this.options.base}/bantuan/${fileOf(f.id)}`;
          const params = f.parameters || [];
          const signature = `=${ns}.${f.name}(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join("; ")})`;
          const body = `<p><a href="index.html">Semua fungsi SAKIP</a></p>
<h1>${html(ns)}.${html(f.name)}</h1>
<p>${html(f.description || "")}</p>
<h2>Penulisan</h2>
<p><code>${html(signature)}</code></p>
<h2>Argumen</h2>
${params.length ? `<dl>${params.map((p) => `<dt><code>${html(p.name)}</code>${p.optional ? " (opsional)" : ""}</dt><dd>${html(p.description || "")}${choices(enums.get(p.customEnumId))}</dd>`).join("\n")}</dl>` : "<p>Tanpa argumen.</p>"}
<h2>Hasil</h2>
<p>${f.result && f.result.dimensionality === "matrix" ? "Beberapa nilai (tumpah ke sel di sebelahnya)." : "Satu nilai."} Argumen dipisahkan dengan <code>;</code> pada pengaturan bahasa Indonesia. Masukan yang salah menghasilkan <code>#VALUE!</code> dengan pesan yang menyebut argumennya.</p>`;
          compilation.emitAsset(`bantuan/${fileOf(f.id)}`, new sources.RawSource(page(`${ns}.${f.name}`, body)));
        }
        const list = meta.functions
          .map((f) => `<li><a href="${fileOf(f.id)}"><code>${html(ns)}.${html(f.name)}</code></a>: ${html(f.description || "")}</li>`)
          .join("\n");
        const index = `<h1>Bantuan SAKIP Excel</h1>
<p>SAKIP Excel menambahkan fungsi-fungsi berikut ke Excel, di bawah namespace <code>${html(ns)}.</code>, serta panel <em>Panel SAKIP</em> (tab Beranda) untuk memeriksa konsistensi PK, Renaksi, PPS, PKPK, capaian, anggaran dan SKM.</p>
<ul>
${list}
</ul>
<p>Isi buku kerja Anda tidak dikirim ke mana pun; semua dihitung di Excel.</p>`;
        compilation.emitAsset("bantuan/index.html", new sources.RawSource(page("Fungsi", index)));
        compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(meta, null, 4)));
      });
    });
  }
}

module.exports = { HelpPagesPlugin };

/* Builds the add-in: one page (taskpane.html) that hosts the task pane, the ribbon commands and the
 * custom functions in Excel's shared runtime, plus functions.json generated from the JSDoc. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { HelpPagesPlugin } = require("./scripts/help-pages.cjs");

/** Where `npm start` and the development manifest serve the add-in. */
const DEV_ORIGIN = "https://localhost:3000";

/**
 * The add-in's base URL: `npm run build -- --env url=https://sakip.example.go.id/addin` for a
 * deployment, where the manifest's every URL and the pages' policy then name that origin and no
 * localhost; without it, the development origin (what `npm start` serves and `manifest.xml` names).
 */
function baseUrl(env) {
  const given = env && typeof env.url === "string" ? env.url : null;
  if (given === null) return DEV_ORIGIN;
  let u;
  try {
    u = new URL(given);
  } catch {
    throw new Error(`--env url=${given}: bukan URL yang sah`);
  }
  if (u.protocol !== "https:") throw new Error(`--env url=${given}: add-in Office harus dilayani lewat https`);
  if (u.search || u.hash) throw new Error(`--env url=${given}: tanpa ? atau #`);
  return `${u.origin}${u.pathname}`.replace(/\/+$/, "");
}

/** manifest.xml with every development URL replaced by the deployment's base URL. */
function manifestFor(base) {
  return (content) => {
    const xml = content.toString("utf8");
    if (base === DEV_ORIGIN) return xml;
    const origin = new URL(base).origin;
    return xml.replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`).replace(/https:\/\/localhost:3000/g, base);
  };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const base = baseUrl(env);
  // The development server's live-reload socket is allowed only while serving (npm start), never in a build.
  const connectSrc = env && env.WEBPACK_SERVE ? "'self' wss://localhost:3000 ws://localhost:3000" : "'self'";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      pesan: "./src/dialog/pesan.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      // bantuan/<fungsi>.html from the functions' JSDoc; each function's helpUrl points at its page.
      new HelpPagesPlugin({ base, namespace: "SAKIP" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        templateParameters: { connectSrc },
      }),
      new HtmlWebpackPlugin({
        filename: "pesan.html",
        template: "./src/dialog/pesan.html",
        chunks: ["pesan"],
        templateParameters: { connectSrc },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: manifestFor(base) },
          // The sample the pane previews outside Excel, read here by the command line's reader.
          { from: "contoh/contoh-kecamatan.xlsx", to: "contoh-kecamatan.json", transform: sampleGrids },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env && env.WEBPACK_SERVE && !env.http ? { type: "https", options: await httpsOptions() } : "http",
      static: { directory: path.resolve(__dirname, "dist") },
      client: { overlay: false },
    },
  };
};

/** The cells of a workbook as the engine's grids (JSON), read by the same guard and reader as `sakip`. */
function sampleGrids(content) {
  const tsx = require("tsx/cjs/api");
  const { openArchive } = tsx.require("./src/cli/zip-guard.ts", __filename);
  const { readOoxml } = tsx.require("./src/xlsx/ooxml.ts", __filename);
  const archive = openArchive(content);
  return JSON.stringify(readOoxml((name) => archive.read(name)));
}

/**
 * Development certificates from office-addin-dev-certs (made on first use). Installing its CA in the
 * system store needs sudo on Linux; where that fails the certificates it generated are used anyway
 * and the user is told how to trust them.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (e) {
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const read = (f) => fs.readFileSync(path.join(dir, f));
    if (!fs.existsSync(path.join(dir, "localhost.key"))) throw e;
    console.warn(
      `\nPeringatan: sertifikat CA pengembangan tidak dapat dipasang otomatis (${String(e.message || e).split("\n")[0]}).\n` +
        `Sertifikat tetap dipakai dari ${dir}. Percayakan ${path.join(dir, "ca.crt")} di peramban Anda,\n` +
        "atau buka https://localhost:3000/taskpane.html sekali dan terima peringatan keamanannya.\n",
    );
    return { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") };
  }
}

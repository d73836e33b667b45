/* Builds the add-in: one page (taskpane.html) that hosts the task pane, the ribbon commands and the
 * custom functions in Excel's shared runtime, plus functions.json generated from the JSDoc. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = async (env, options) => {
  const dev = options.mode === "development";
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
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "pesan.html",
        template: "./src/dialog/pesan.html",
        chunks: ["pesan"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
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

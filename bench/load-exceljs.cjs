// The baseline: loading a workbook with ExcelJS alone, as `sakip periksa` must do first.
const ExcelJS = require("exceljs");
new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).catch((e) => {
  console.error(e);
  process.exit(2);
});

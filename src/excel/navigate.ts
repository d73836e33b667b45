/** Taking the user to a cell: activates its sheet and selects it. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

/** Writes a formula into the selected cell (the Rumus panel's "Sisipkan"); returns its address. */
export async function insertFormula(context: Excel.RequestContext, formula: string): Promise<string> {
  const cell = context.workbook.getActiveCell();
  cell.formulas = [[formula]];
  cell.load("address");
  await context.sync();
  return cell.address;
}

import { rowRule, type Rule } from "../rule";

/** Reorder Point <= Par Level: reordering starts below the level an order fills back up to. */
export const reorderPar: Rule = rowRule({
  id: "inventory.reorder-par",
  table: "Inventory",
  check(workbook, row, out) {
    const items = workbook.table("Inventory");
    const reorder = items?.num("reorderPoint", row) ?? null;
    const par = items?.num("parLevel", row) ?? null;
    if (!items || reorder === null || par === null || reorder <= par) return;
    out.push(
      items.finding(
        "reorderPoint",
        row,
        "error",
        "inventory.reorder-par",
        `Reorder Point ${reorder} is above Par Level ${par}: an order would never fill the shelf past the reorder point`,
      ),
    );
  },
});

/**
 * "Summaries" section: Refresh summaries (generated dashboard and report sheets), the A/R aging buckets
 * the workbook keeps, and Create purchase orders from the reorder list.
 */
import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { AgingBuckets } from "./AgingBuckets";
import { PurchaseOrders } from "./PurchaseOrders";
import { RefreshSummaries } from "./RefreshSummaries";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

export function SummariesPanel() {
  const styles = useStyles();
  return (
    <div className={styles.panel}>
      <Body1>
        Generates the Dashboard, AR Aging, Budget vs Actual, Schedule Summary, Reorder List, Contract
        Renewals, Compliance and Marketing sheets from your tables. They hold plain values and Excel formulas,
        so anyone can read them without the add-in. Your own sheets and tables are never changed.
      </Body1>
      <RefreshSummaries />
      <AgingBuckets />
      <Subtitle2 as="h3" className={styles.heading}>
        Purchase orders
      </Subtitle2>
      <PurchaseOrders />
    </div>
  );
}

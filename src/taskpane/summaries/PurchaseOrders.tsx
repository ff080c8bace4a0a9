/**
 * Create purchase orders: a preview of the Draft rows the reorder list gives (one PO per vendor), then
 * "Create" appends exactly those rows to the Purchase Orders table.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import {
  createPurchaseOrders,
  previewPurchaseOrders,
  type PurchaseOrderPreview,
} from "../../excel/summaries/purchase-orders";
import { ErrorMessage } from "../components/ErrorMessage";
import { OperationProgress } from "../components/OperationProgress";
import { useGuarded } from "../components/useGuarded";
import { usePaneEnvironment } from "../environment";

type PoState =
  | { readonly status: "preview"; readonly preview: PurchaseOrderPreview }
  | { readonly status: "created"; readonly rowsAdded: number; readonly orders: number };

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  button: { alignSelf: "flex-start" },
});

const money = (n: number) => n.toLocaleString("en-US", { style: "currency", currency: "USD" });

export function PurchaseOrders() {
  const styles = useStyles();
  const { run } = usePaneEnvironment();
  const { state, setState, guarded } = useGuarded<PoState>();

  const preview = () =>
    void guarded("Reading the reorder list…", "Preview failed", async () => ({
      status: "preview",
      preview: await previewPurchaseOrders(run),
    }));
  const create = (p: PurchaseOrderPreview) =>
    void guarded("Adding purchase orders…", "Creating purchase orders failed", async () => ({
      status: "created",
      ...(await createPurchaseOrders(run, p)),
    }));

  return (
    <div className={styles.panel}>
      <Button className={styles.button} disabledFocusable={state.status === "working"} onClick={preview}>
        Preview purchase orders
      </Button>
      {state.status === "working" && <OperationProgress progress={null} label={state.label} />}
      {state.status === "preview" && state.preview.rows.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            Nothing to order: no item at or below its reorder point needs more than is on order.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "preview" && state.preview.rows.length > 0 && (
        <>
          <Table size="small" aria-label="Purchase orders to create">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>PO</TableHeaderCell>
                <TableHeaderCell>Vendor</TableHeaderCell>
                <TableHeaderCell>Item</TableHeaderCell>
                <TableHeaderCell>Qty</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {state.preview.draft.orders.flatMap((o) =>
                o.lines.map((l) => (
                  <TableRow key={`${o.poNumber}-${l.itemId}`}>
                    <TableCell>{o.poNumber}</TableCell>
                    <TableCell>{o.vendorName}</TableCell>
                    <TableCell>{l.itemName || l.itemId}</TableCell>
                    <TableCell>{l.quantity}</TableCell>
                  </TableRow>
                )),
              )}
            </TableBody>
          </Table>
          <span>
            {state.preview.draft.orders.length} purchase orders, estimated{" "}
            {money(state.preview.draft.orders.reduce((t, o) => t + o.estimatedTotal, 0))}.
          </span>
          {state.preview.draft.skipped.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                Not included: {state.preview.draft.skipped.map((s) => `${s.itemId} (${s.reason})`).join(", ")}
                .
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={() => create(state.preview)}>
              Create {state.preview.rows.length} purchase order rows
            </Button>
            <Button onClick={() => setState({ status: "idle" })}>Cancel</Button>
          </div>
        </>
      )}
      {state.status === "created" && (
        <MessageBar intent="success">
          <MessageBarBody>
            Added {state.rowsAdded} Draft rows ({state.orders} purchase orders) to the Purchase Orders table.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && <ErrorMessage title={state.title} error={state.error} />}
    </div>
  );
}

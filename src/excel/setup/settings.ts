/**
 * Add-in state that travels with the workbook (workbook.settings, the same store as
 * Office.context.document.settings).
 */

/** Office reads this document setting to open the add-in's task pane when the file opens. */
export const AUTO_SHOW_TASKPANE = "Office.AutoShowTaskpaneWithDocument";

/** Version of the table layout setup last brought the workbook to. */
export const SCHEMA_VERSION_SETTING = "PM.SchemaVersion";

/** Bump when the catalog changes in a way setup must act on (new tables or columns). */
export const SCHEMA_VERSION = 1;

// exceljs's default Office theme (the XML text of xl/theme/theme1.xml), which the writer reuses as is.
declare module "exceljs/lib/xlsx/xml/theme1" {
  const xml: string;
  export = xml;
}

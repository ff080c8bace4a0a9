/** @jest-environment jsdom */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { isDarkBackground, relativeLuminance, themeForOffice } from "../../src/taskpane/theme";

describe("Office theme -> Fluent theme", () => {
  it("computes sRGB relative luminance", () => {
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 6);
    expect(relativeLuminance("000")).toBeCloseTo(0, 6);
    // #808080: channel 128/255 = 0.50196 -> ((0.50196 + 0.055) / 1.055)^2.4 = 0.21586 on every channel.
    expect(relativeLuminance("#808080")).toBeCloseTo(0.21586, 4);
    expect(relativeLuminance("not a colour")).toBeNull();
  });

  it.each([
    ["#ffffff", false], // Colorful / White
    ["#e6e6e6", false], // Light gray
    ["#808080", false], // mid grey is still light enough for dark text
    ["#666666", true], // luminance 0.133
    ["#262626", true], // Dark Gray
    ["#000000", true], // Black
    ["", false], // Office did not say: light
  ])("body background %s is dark: %s", (color, dark) => {
    expect(isDarkBackground(color)).toBe(dark);
  });

  it("picks webDarkTheme for a dark task pane and webLightTheme otherwise", () => {
    expect(themeForOffice({ bodyBackgroundColor: "#1f1f1f" })).toBe(webDarkTheme);
    expect(themeForOffice({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(themeForOffice(undefined)).toBe(webLightTheme);
  });
});

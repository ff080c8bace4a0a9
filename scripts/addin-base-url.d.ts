export declare const DEV_BASE_URL: "https://localhost:3000";
export declare function normalizeBaseUrl(value: string): string;
export declare function rewriteBaseUrl(text: string, baseUrl: string): string;

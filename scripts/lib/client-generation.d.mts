// Types for the spec that checks the committed generated client files.
export declare const GENERATED_DIR: string;
export declare function generateClientFiles(documentText: string): Promise<Record<string, string>>;

// Vite's client types: import.meta.glob, `?raw` imports and `new URL(..., import.meta.url)` workers.
/// <reference types="vite/client" />

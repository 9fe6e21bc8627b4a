globalThis.loaded = [...(globalThis.loaded ?? []), 'shared.it'];

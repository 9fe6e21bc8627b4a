globalThis.loaded = [...(globalThis.loaded ?? []), 'shared.en'];

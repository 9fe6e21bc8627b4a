globalThis.loaded = [...(globalThis.loaded ?? []), 'sportello-test-a.it'];

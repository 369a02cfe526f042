// The platform as composed at start-up: what every field and integration adds to the one-stop engine, listed
// explicitly (nothing registers itself on import). The server builds this once; the test harness uses it too.
import { integrationsExtension } from './integrations/outbox';
import { composeExtensions, type EngineExtensions } from './one-stop';
import { conformityExtension } from './routers/conformity/notice-issuer';
import { licensingExtension } from './routers/licensing/outcome-issuer';
import { scienceExtension } from './routers/science/certificate-issuer';

/** The fields' and integrations' extensions of the engine, in the order they run. */
export function platformExtensions(): EngineExtensions {
  return composeExtensions([
    integrationsExtension(),
    conformityExtension(),
    licensingExtension(),
    scienceExtension(),
  ]);
}

/** How each registration state is named and coloured everywhere (colour always comes with text). */
import type { VehicleView } from '../../preload/contract';

export type RegistrationState = VehicleView['state'];
export type StateColor = 'gray' | 'blue' | 'green' | 'cyan' | 'orange' | 'red';

export const STATE_ORDER: RegistrationState[] = ['queued', 'registering', 'registered', 'waiting-retry', 'rejected', 'failed'];

export const STATE_LABEL: Record<RegistrationState, string> = {
  queued: 'Queued',
  registering: 'Registering',
  registered: 'Registered',
  'waiting-retry': 'Waiting to retry',
  rejected: 'Rejected by partner',
  failed: 'Failed',
};

export const STATE_HINT: Record<RegistrationState, string> = {
  queued: 'Waiting for its turn to be sent to the partner.',
  registering: 'Sent to the partner; waiting for the answer.',
  registered: 'The partner has it: quotes come back at once.',
  'waiting-retry': 'The partner or the network was busy; QuoteReady will try again by itself.',
  rejected: 'The partner refused this vehicle. Read its message, fix the data, then register again.',
  failed: 'QuoteReady gave up after several tries. Retry now or off-peak.',
};

export const STATE_COLOR: Record<RegistrationState, StateColor> = {
  queued: 'gray',
  registering: 'blue',
  registered: 'green',
  'waiting-retry': 'cyan',
  rejected: 'red',
  failed: 'orange',
};

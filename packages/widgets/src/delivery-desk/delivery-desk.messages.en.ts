import { plural } from '../shared/i18n';
import type { DeliveryDeskMessages } from './delivery-desk.messages.it';

const en: DeliveryDeskMessages = {
  title: 'Protective equipment deliveries',
  signedOutTitle: 'Sign in to see the deliveries',
  signedOut: 'Only the administrator sees the bookings of their buildings. Sign in with your credentials and open this page again.',
  sessionExpired: 'The sign-in has expired or is not valid. Sign in again with your credentials.',
  forbidden: 'This sign-in cannot see deliveries: it needs the sign-in of a building administrator in the network, and the building must be one of yours.',
  roundNotFound: 'This distribution round no longer exists. Choose another one.',
  round: 'Distribution round',
  building: 'Building',
  allBuildings: 'All my buildings',
  noRounds: 'There is no open or past distribution round to deliver.',
  loading: 'Loading the bookings…',
  empty: 'No household has booked in this round for this building.',
  noBuildings: 'No building in the network is in your name.',
  summary: (households, units, delivered) =>
    `${plural('en', households, { one: '{n} household', other: '{n} households' })}, ${plural('en', units, { one: '{n} unit', other: '{n} units' })}; ${plural('en', delivered, { one: '{n} delivered', other: '{n} delivered' })}.`,
  listTitle: 'Delivery list',
  household: (n) => plural('en', n, { one: '{n} person', other: '{n} people' }),
  units: (n) => plural('en', n, { one: '{n} unit', other: '{n} units' }),
  bookedBy: (who) => `Booked by ${who}`,
  states: { confirmed: 'To assign', assigned: 'Assigned', delivered: 'Delivered', cancelled: 'Cancelled' },
  markOne: { assigned: 'Mark assigned', delivered: 'Mark delivered' },
  markOneFor: (action, name) => `${action}: ${name}`,
  markAll: { assigned: (n) => `Mark all assigned (${n})`, delivered: (n) => `Mark all delivered (${n})` },
  confirmAll: {
    assigned: (n) => plural('en', n, { one: 'Mark {n} booking as assigned?', other: 'Mark {n} bookings as assigned?' }),
    delivered: (n) => plural('en', n, { one: 'Mark {n} booking as delivered? A delivery cannot be undone.', other: 'Mark {n} bookings as delivered? A delivery cannot be undone.' }),
  },
  confirmYes: 'Yes, confirm',
  confirmNo: 'No, back to the list',
  updating: 'Updating…',
  updated: (n) => plural('en', n, { one: '{n} booking updated.', other: '{n} bookings updated.' }),
  refused: (n) => plural('en', n, { one: '{n} could not be updated (cancelled or not yours).', other: '{n} could not be updated (cancelled or not yours).' }),
  print: 'Print the list',
  download: 'Download the CSV',
  downloading: 'Preparing the CSV…',
  downloaded: 'The CSV has been downloaded.',
  printSign: 'Signature',
  code: 'Code',
};

export default en;

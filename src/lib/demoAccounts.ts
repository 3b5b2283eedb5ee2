/**
 * The e-mail domain of the demo accounts, whose password the README publishes: the seed creates
 * them, and the server warns at start when any exist in production.
 */
export const DEMO_EMAIL_DOMAIN = 'demo.kb'

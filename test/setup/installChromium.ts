/** `npm test`'s pretest step: brings Debian's Chromium for the browser tests where it can. */
import { installChromiumIfMissing } from './chromium'

installChromiumIfMissing()

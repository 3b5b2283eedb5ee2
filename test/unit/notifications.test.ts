import { describe, expect, it } from 'vitest'

import { deliveryFor } from '@/domain/notifications'

describe('deliveryFor', () => {
  it('inbox always unless muted; e-mail only when the server can send and the user did not opt out', () => {
    expect(deliveryFor('report_answered', null, true)).toEqual({ inbox: true, email: true })
    expect(deliveryFor('report_answered', null, false)).toEqual({ inbox: true, email: false })
    expect(deliveryFor('report_answered', { noEmail: ['report_answered'] }, true)).toEqual({
      inbox: true,
      email: false,
    })
    expect(deliveryFor('review_waiting', { noEmail: ['report_answered'] }, true)).toEqual({
      inbox: true,
      email: true,
    })
    expect(
      deliveryFor('report_answered', { muted: ['report_answered'], noEmail: [] }, true),
    ).toEqual({ inbox: false, email: false })
  })
})

import Link from 'next/link'

import type { NewService } from '../data'
import { formatDateTime } from '../labels'

/** 新业务上线: what went live in the agent's area in the last 30 days, with its knowledge. */
export function NewServiceList({ services }: { services: NewService[] }) {
  if (services.length === 0) return null
  return (
    <section
      aria-labelledby="agent-new-services-title"
      className="agent-notices agent-new-services"
    >
      <h2 id="agent-new-services-title">新业务上线</h2>
      <ul className="agent-notices__list">
        {services.map((service) => (
          <li className="agent-notice" key={service.id}>
            <div className="agent-notice__text">
              <strong>{service.title}</strong>
              <p className="agent-meta">
                {service.wentLiveAt && <span>上线 {formatDateTime(service.wentLiveAt)}</span>}
              </p>
              {service.items.length > 0 && (
                <ul className="agent-new-services__items">
                  {service.items.map((item) => (
                    <li key={item.id}>
                      <Link href={`/agent/item/${encodeURIComponent(item.id)}`} prefetch={false}>
                        {item.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}

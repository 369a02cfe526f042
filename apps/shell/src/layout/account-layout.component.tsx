import { useSession } from '../auth/session.hooks';
import { AppLayout } from './app-layout.component';
import { ApplicantLayout } from './applicant-layout.component';

/** Staff work in the staff layout; an applicant gets the applicant's space. */
export function AccountLayout() {
  const { data: user } = useSession();
  return user?.kind === 'applicant' ? <ApplicantLayout /> : <AppLayout />;
}

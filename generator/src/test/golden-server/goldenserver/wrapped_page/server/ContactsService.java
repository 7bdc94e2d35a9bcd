package goldenserver.wrapped_page.server;

import dev.fluentcrm.runtime.page.Page;
import dev.fluentcrm.server.error.ApiError;
import goldenserver.wrapped_page.model.Contact;
import goldenserver.wrapped_page.model.ListContactsParams;
import goldenserver.wrapped_page.model.ListListsParams;
import goldenserver.wrapped_page.model.MailingList;
import javax.annotation.processing.Generated;

/**
 * The Contacts operations of FluentCRM, as a server implements them.
 *
 * <p>Every method answers 501 until overridden. Throw {@link ApiError} to answer with an error.
 */
@Generated("dev.fluentcrm.codegen.emit.server.ServiceEmitter")
public interface ContactsService {
    /**
     * List contacts.
     *
     * <p>{@code GET /subscribers}; the page is sent as {@code subscribers} of the answer.
     *
     * @param params the query parameters, validated against the spec
     * @return the answer, sent as JSON with status 200
     * @throws ApiError to answer with an error instead
     */
    default Page<Contact> list(ListContactsParams params) {
        throw ApiError.notImplemented("listContacts");
    }

    /**
     * List lists.
     *
     * <p>{@code GET /lists}.
     *
     * @param params the query parameters, validated against the spec
     * @return the answer, sent as JSON with status 200
     * @throws ApiError to answer with an error instead
     */
    default Page<MailingList> listLists(ListListsParams params) {
        throw ApiError.notImplemented("listLists");
    }
}
